package org.lianggang.pipeline;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.lianggang.LianggangApplication;
import org.springframework.boot.SpringApplication;

/** Runs the real application in-process, as the launcher does, and reads its warehouse back through DuckDB. */
final class Pipeline {

    static final Path SCHEMAS = Path.of("../schemas").toAbsolutePath().normalize();
    static final Path MODELS = Path.of("../warehouse").toAbsolutePath().normalize();
    /**
     * The tests write their inbox files whole before they run nightly, so the settle wait (5 s by default) is off;
     * {@code InboxTest} runs it on a file that is still being written.
     */
    static final String SETTLE = "0s";

    private Pipeline() {
    }

    /** {@code lianggang --home HOME args…}; returns the exit code. */
    static int run(Path home, String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--home";
        all[1] = home.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return run(Map.of(), all);
    }

    /** As {@link #run(Path, String...)} with the whole argument list given, and properties of the test's own. */
    static int run(Map<String, Object> properties, String... args) {
        Map<String, Object> all = new java.util.HashMap<>(Map.of("lianggang.schemas", SCHEMAS.toString(),
                "lianggang.models", MODELS.toString(), "lianggang.inbox.settle", SETTLE));
        all.putAll(properties);
        return SpringApplication.exit(LianggangApplication.run(all, args));
    }

    static Connection warehouse(Path home) throws SQLException {
        Properties readOnly = new Properties();
        readOnly.setProperty("duckdb.read_only", "true");
        return DriverManager.getConnection("jdbc:duckdb:" + home.resolve("warehouse.duckdb"), readOnly);
    }

    /** Every row of a query, each as a list of cell strings. */
    static List<List<String>> rows(Path home, String sql) throws SQLException {
        try (Connection c = warehouse(home); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            List<List<String>> rows = new ArrayList<>();
            while (rs.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    row.add(rs.getString(i));
                }
                rows.add(row);
            }
            return rows;
        }
    }

    static long count(Path home, String sql) throws SQLException {
        return Long.parseLong(rows(home, sql).get(0).get(0));
    }
}
