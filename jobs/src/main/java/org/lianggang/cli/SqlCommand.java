package org.lianggang.cli;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.Callable;
import org.lianggang.warehouse.Warehouse;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lianggang sql "SELECT …"}: runs one query against the warehouse, opened read-only. */
@Component
@Scope("prototype")
@Command(name = "sql", description = "Query the warehouse (read-only; writes are refused).")
class SqlCommand implements Callable<Integer> {

    private final Warehouse warehouse;

    @Parameters(index = "0", paramLabel = "QUERY", description = "a SELECT (or any read-only statement)")
    String query;

    @Option(names = "--format", defaultValue = "table", description = "table, csv or json (default: ${DEFAULT-VALUE})")
    ResultPrinter.Format format;

    SqlCommand(Warehouse warehouse) {
        this.warehouse = warehouse;
    }

    @Override
    public Integer call() {
        try (Connection connection = warehouse.openReadOnly();
             Statement statement = connection.createStatement()) {
            if (statement.execute(query)) {
                try (ResultSet rs = statement.getResultSet()) {
                    ResultPrinter.print(rs, format, System.out);
                }
            }
            return ExitCodes.OK;
        } catch (SQLException e) {
            System.err.println("error: " + e.getMessage());
            return ExitCodes.FAILED;
        }
    }
}
