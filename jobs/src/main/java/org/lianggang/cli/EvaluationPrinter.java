package org.lianggang.cli;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lianggang.Messages;
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

    private static final String EVALUATION = ClassPathText.read("report/html/evaluation.sql");

    private final Warehouse warehouse;
    private final Catalog catalog;

    EvaluationPrinter(Warehouse warehouse, Catalog catalog) {
        this.warehouse = warehouse;
        this.catalog = catalog;
    }

    /**
     * The evaluation of a stage year for the region, a line per plan and stage ("妇女规划 中期评估: 37项指标, 达标20项, …");
     * empty in any other year (the query has rows only in a stage year: 2025, 2030).
     */
    List<String> lines(int year, String region) throws SQLException {
        Map<String, List<String>> counts = new LinkedHashMap<>();
        try (Connection connection = warehouse.openReadOnly();
             PreparedStatement statement = connection.prepareStatement(EVALUATION)) {
            statement.setInt(1, year);
            statement.setString(2, null);
            statement.setString(3, region);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    String head = Messages.text("evaluation.plan", rs.getString("short_name"), rs.getString("stage_name"),
                            rs.getInt("indicators"));
                    counts.computeIfAbsent(head, k -> new ArrayList<>()).add(Messages.text("evaluation.status",
                            rs.getString("status"), rs.getInt("indicators_with_status")));
                }
            }
        }
        List<String> lines = new ArrayList<>();
        counts.forEach((head, statuses) -> lines.add(head + ", " + String.join(", ", statuses)));
        return lines;
    }

    /** Prints {@link #lines} under the region's heading. */
    void print(int year, String region, List<String> lines, PrintWriter out) {
        String name = catalog.regions().byCode(region).map(r -> r.name()).orElse(region);
        out.println(Messages.text("evaluation.heading", year, name));
        lines.forEach(out::println);
    }
}
