package org.lianggang.cli;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.lianggang.warehouse.Warehouse;

/**
 * Runs one analyst statement on a fresh read-only connection (so each statement sees the newest build) and prints
 * its result; a refused write becomes one line that says why, not DuckDB's internal wording alone.
 */
final class SqlStatements {

    private final Warehouse warehouse;

    SqlStatements(Warehouse warehouse) {
        this.warehouse = warehouse;
    }

    /** Returns the exit code: 0, or 1 when the statement failed or was refused. */
    int run(String sql, ResultPrinter.Format format, PrintStream out, PrintStream err) {
        try (Connection connection = warehouse.openReadOnly(); Statement statement = connection.createStatement()) {
            if (statement.execute(sql)) {
                try (ResultSet rs = statement.getResultSet()) {
                    ResultPrinter.print(rs, format, out);
                }
            }
            return ExitCodes.OK;
        } catch (SQLException e) {
            String message = e.getMessage() == null ? e.toString() : e.getMessage();
            if (message.contains("read-only")) {
                err.println("error: refused: the warehouse is opened read-only here, so it cannot be changed"
                        + " (it is rebuilt from the lake by 'lianggang build'). DuckDB: " + message);
            } else {
                err.println("error: " + message);
            }
            return ExitCodes.FAILED;
        }
    }
}
