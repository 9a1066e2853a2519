package org.lianggang.warehouse;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lianggang.ClassPathText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The data tests a new warehouse file must pass before it is swapped in: the queries under {@code tests/}, and the
 * uniqueness of every grain the model docs give. Each returns the rows that violate it; any row fails the build.
 */
final class DataTests {

    private static final Logger log = LoggerFactory.getLogger(DataTests.class);

    private DataTests() {
    }

    /** The failures, one line each with up to three violating rows; empty: every test passed. */
    static List<String> run(Connection connection, Path tests, Map<String, String> variables, ModelDocs docs)
            throws SQLException {
        List<String> failures = new ArrayList<>();
        for (Path test : SqlModels.in(tests)) {
            dataTest(connection, test.getFileName().toString(), SqlModels.render(test, variables))
                    .ifPresent(failures::add);
        }
        failures.addAll(grainTests(connection, docs));
        return failures;
    }

    /** The uniqueness of every grain the model docs give (warehouse/grain-unique.sql on the class path). */
    private static List<String> grainTests(Connection connection, ModelDocs docs) throws SQLException {
        String template = ClassPathText.read("warehouse/grain-unique.sql");
        List<String> failures = new ArrayList<>();
        for (ModelDocs.RelationDoc doc : docs.all()) {
            if (doc.grain().isEmpty()) {
                continue;
            }
            List<String> grain = doc.grain().get();
            String sql = SqlModels.render("grain-unique.sql", template, Map.of("relation", doc.name(),
                    "grain_columns", grain.isEmpty() ? "1 as one_row" : String.join(", ", grain)));
            dataTest(connection, "grain of " + doc.name() + " (" + String.join(" × ", grain) + ")", sql)
                    .ifPresent(failures::add);
        }
        return failures;
    }

    private static Optional<String> dataTest(Connection connection, String name, String sql) throws SQLException {
        long started = System.nanoTime();
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            int rows = 0;
            StringBuilder sample = new StringBuilder();
            while (rs.next()) {
                if (rows++ < 3) {
                    sample.append(rows == 1 ? "" : "; ").append(describe(rs));
                }
            }
            log.debug("test={} took_ms={}", name, millisSince(started));
            return rows == 0 ? Optional.empty()
                    : Optional.of(name + ": " + rows + " violating row(s), e.g. " + sample);
        }
    }

    private static String describe(ResultSet rs) throws SQLException {
        StringBuilder row = new StringBuilder();
        for (int c = 1; c <= rs.getMetaData().getColumnCount(); c++) {
            row.append(c == 1 ? "" : ", ").append(rs.getMetaData().getColumnLabel(c)).append('=')
                    .append(rs.getString(c));
        }
        return row.toString();
    }

    private static long millisSince(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }
}
