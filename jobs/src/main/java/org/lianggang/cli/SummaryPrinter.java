package org.lianggang.cli;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.lianggang.Messages;
import org.lianggang.LianggangProperties;
import org.lianggang.catalog.Catalog;
import org.lianggang.report.Presentation;
import org.lianggang.warehouse.Warehouse;
import org.springframework.stereotype.Component;

/** Prints the 达标 summary of every plan for one region and year, rounded by the configured convention. */
@Component
class SummaryPrinter {

    private static final String QUERY = "SELECT * FROM report_summary WHERE year = ? AND region_code = ?"
            + " AND domain_code IS NULL ORDER BY plan_code DESC";

    private final Warehouse warehouse;
    private final Catalog catalog;
    private final Presentation presentation;

    SummaryPrinter(Warehouse warehouse, Catalog catalog, LianggangProperties properties) {
        this.warehouse = warehouse;
        this.catalog = catalog;
        this.presentation = new Presentation(properties.rounding().decimals(), properties.rounding().mode());
    }

    void print(int year, String region, PrintWriter out) throws SQLException {
        String name = catalog.regions().byCode(region).map(r -> r.name()).orElse(region);
        out.println(Messages.text("summary.heading", year, name));
        try (Connection connection = warehouse.openReadOnly();
             PreparedStatement statement = connection.prepareStatement(QUERY)) {
            statement.setInt(1, year);
            statement.setString(2, region);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    String plan = catalog.plan(rs.getString("plan_code")).map(p -> p.shortName())
                            .orElse(rs.getString("plan_code"));
                    int basicallyMet = rs.getInt("achieved") - rs.getInt("met");
                    out.println(Messages.text("summary.plan",
                            plan, rs.getInt("indicators"), rs.getInt("achieved"),
                            basicallyMet > 0 ? Messages.text("summary.basically-met", basicallyMet) : "",
                            rs.getInt("indicators") - rs.getInt("achieved") - rs.getInt("no_data"), rs.getInt("no_data"),
                            presentation.percent(rs.getDouble("met_rate")), rs.getInt("quantitative"),
                            rs.getInt("quantitative_met"), presentation.percent(nullable(rs, "quantitative_met_rate")),
                            rs.getInt("qualitative"), rs.getInt("qualitative_met"),
                            presentation.percent(nullable(rs, "qualitative_met_rate"))));
                }
            }
        }
    }

    private static Double nullable(ResultSet rs, String column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : value;
    }
}
