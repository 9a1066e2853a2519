package org.lianggang.cli;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lianggang.ClassPathText;
import org.lianggang.catalog.Catalog;
import org.lianggang.warehouse.Warehouse;
import org.springframework.stereotype.Component;

/**
 * Prints the 中期评估 / 终期评估 of a stage year for one region: per plan, its indicators and how many have each
 * status, in the configured names (the query of the HTML report's evaluation section, so both say the same).
 */
@Component
class EvaluationPrinter {

    private static final String STAGES = "SELECT count(*) FROM report_evaluation_summary WHERE stage_year = ?"
            + " AND region_code = ?";

    private final Warehouse warehouse;
    private final Catalog catalog;

    EvaluationPrinter(Warehouse warehouse, Catalog catalog) {
        this.warehouse = warehouse;
        this.catalog = catalog;
    }

    /** Whether the year is a stage year of some plan with rows for the region. */
    boolean hasStage(int year, String region) throws SQLException {
        try (Connection connection = warehouse.openReadOnly();
             PreparedStatement statement = connection.prepareStatement(STAGES)) {
            statement.setInt(1, year);
            statement.setString(2, region);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() && rs.getLong(1) > 0;
            }
        }
    }

    void print(int year, String region, PrintStream out) throws SQLException {
        String name = catalog.regions().byCode(region).map(r -> r.name()).orElse(region);
        Map<String, List<String>> lines = new LinkedHashMap<>();
        try (Connection connection = warehouse.openReadOnly();
             PreparedStatement statement = connection.prepareStatement(
                     ClassPathText.read("report/html/evaluation.sql"))) {
            statement.setInt(1, year);
            statement.setString(2, null);
            statement.setString(3, region);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    String head = rs.getString("short_name") + " " + rs.getString("stage_name") + ": "
                            + rs.getInt("indicators") + "项指标";
                    lines.computeIfAbsent(head, k -> new ArrayList<>())
                            .add(rs.getString("status") + rs.getInt("indicators_with_status") + "项");
                }
            }
        }
        out.printf("%n%d年 %s 两纲中期·终期评估%n", year, name);
        lines.forEach((head, counts) -> out.println(head + ", " + String.join(", ", counts)));
    }
}
