package org.lianggang.warehouse;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.lianggang.LianggangProperties;

/**
 * Given/expect for warehouse models: given tables and models run in order on a fresh in-memory DuckDB, each
 * rendered as the build renders it, then a query's rows as text (columns joined by a space, NULL as {@code null}).
 */
final class GivenModels {

    static final Path WAREHOUSE = Path.of("../warehouse");

    private GivenModels() {
    }

    /** The report conventions at application.yml's defaults (2 decimals, HALF_UP, 上年, R thresholds 0.95 / 0.60). */
    static Map<String, String> defaultVariables() {
        Map<String, String> variables = new HashMap<>(Map.of(
                "rounding_decimals", "2", "rounding_mode", "HALF_UP", "rate_denominator", "all",
                "basically_met_counts", "true", "progress_on_track", "0.95", "progress_acceleration_needed", "0.6",
                "change_percent_decimals", "1", "previous_year_wording", "上年"));
        LianggangProperties.Report.DEFAULT_EVALUATION_LABELS.forEach((code, label) ->
                variables.put("evaluation_label_" + code, label));
        return variables;
    }

    static List<String> rows(List<Path> files, Map<String, String> variables, String query) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
             Statement statement = connection.createStatement()) {
            for (Path file : files) {
                statement.execute(SqlModels.render(file, variables));
            }
            List<String> rows = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery(query)) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    StringBuilder row = new StringBuilder();
                    for (int c = 1; c <= columns; c++) {
                        row.append(c == 1 ? "" : " ").append(rs.getString(c));
                    }
                    rows.add(row.toString());
                }
            }
            return rows;
        }
    }
}
