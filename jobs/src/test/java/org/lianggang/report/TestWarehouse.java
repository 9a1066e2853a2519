package org.lianggang.report;

import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.lianggang.FileMover;
import org.lianggang.warehouse.Warehouse;

/** Builds a small warehouse file from a SQL script under src/test/resources, and a report writer over it. */
final class TestWarehouse {

    private TestWarehouse() {
    }

    static Path create(Path home, String script) throws Exception {
        Path file = home.resolve("warehouse.duckdb");
        String sql = Files.readString(Path.of("src/test/resources/report").resolve(script), StandardCharsets.UTF_8);
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file); Statement s = c.createStatement()) {
            for (String statement : sql.split(";\\s*\\n")) {
                if (!statement.replaceAll("(?m)^--.*$", "").isBlank()) {
                    s.execute(statement);
                }
            }
        }
        return file;
    }

    /** The shipped sentence templates of the Word report. */
    static final Path SENTENCES = Path.of("../schemas").resolve(ReportWriter.SENTENCES);

    static ReportWriter writer(Path home, RoundingMode mode) {
        return new ReportWriter(new Warehouse(home.resolve("warehouse.duckdb"), home), home.resolve("reports"),
                new Presentation(2, mode), properties(), FileMover.ATOMIC, SENTENCES);
    }

    static ReportProperties properties() {
        return new ReportProperties(List.of("人", "个", "所"), List.of("value"), List.of("year", "as_of_year"),
                List.of("report_trend"), List.of(), null);
    }
}
