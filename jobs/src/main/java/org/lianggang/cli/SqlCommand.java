package org.lianggang.cli;

import java.util.concurrent.Callable;
import org.lianggang.LianggangProperties;
import org.lianggang.warehouse.Warehouse;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code lianggang sql "SELECT …"}: runs one query against the warehouse, opened read-only; without a query, an
 * interactive prompt with history.
 */
@Component
@Scope("prototype")
@Command(name = "sql", description = "Query the warehouse (read-only; writes are refused). Without QUERY: an"
        + " interactive prompt with history.")
class SqlCommand implements Callable<Integer> {

    private final Warehouse warehouse;
    private final LianggangProperties properties;

    @Parameters(index = "0", arity = "0..1", paramLabel = "QUERY",
            description = "a SELECT (or any read-only statement); omit it for the prompt")
    String query;

    @Option(names = "--format", defaultValue = "table", description = "table, csv or json (default: ${DEFAULT-VALUE})")
    ResultPrinter.Format format;

    SqlCommand(Warehouse warehouse, LianggangProperties properties) {
        this.warehouse = warehouse;
        this.properties = properties;
    }

    @Override
    public Integer call() throws Exception {
        SqlStatements statements = new SqlStatements(warehouse);
        if (query == null) {
            new SqlPrompt(statements, properties.home().resolve(".sql_history")).run(System.in, System.out, format);
            return ExitCodes.OK;
        }
        return statements.run(query, format, System.out, System.err);
    }
}
