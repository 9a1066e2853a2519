package org.lianggang.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * {@code lianggang sql} cannot change anything, nor read what is not the warehouse's, through the real command line,
 * one-shot and at the prompt: every statement that writes a file (anywhere: outside the home, over the warehouse
 * file, into a published report, into the lake or its manifest), attaches a database, installs or loads an
 * extension, undoes the lock or reads a file outside the lake and the reports is refused and leaves the home as it
 * was; every view and table of the warehouse can still be queried.
 */
@ExtendWith(OutputCaptureExtension.class)
class SqlReadOnlyTest {

    private static final String REFUSED = "错误：已拒绝：sql 命令只读";

    @TempDir
    static Path home;
    @TempDir
    static Path outside;
    static List<String> refused;

    @BeforeAll
    static void publishedYear() throws Exception {
        Cli.demoInbox(home, 2019);
        assertThat(Cli.run(home, "nightly").exitCode()).isZero();
        Path lake = home.resolve("lake");
        Path dataFile = lake.resolve(Pipeline.rows(home, "SELECT data_file FROM current_load"
                + " WHERE table_name = 'data_value' ORDER BY data_file LIMIT 1").get(0).get(0));
        String partition = dataFile.getParent().toString();
        refused = List.of(
                "COPY (SELECT 'x') TO '" + outside.resolve("any.csv") + "'",
                "COPY (SELECT 'x') TO '" + outside.resolve("hidden.csv") + "' -- a comment ;",
                "SELECT 1; COPY (SELECT 'x') TO '" + outside.resolve("second.csv") + "'",
                "EXPORT DATABASE '" + outside.resolve("exported") + "'",
                "EXPORT DATABASE '" + home.resolve("reports/exported") + "'",
                "COPY (SELECT 'x') TO '" + home.resolve("warehouse.duckdb") + "'",
                "COPY (SELECT 'x') TO '" + home.resolve("warehouse.duckdb") + "' (USE_TMP_FILE false)",
                "COPY (SELECT 'x' AS a) TO '" + home.resolve("reports/2019/report_summary.csv") + "'",
                "COPY (SELECT * FROM fact_data_value) TO '" + partition + "/part-copy.parquet'",
                "COPY (SELECT * FROM fact_data_value) TO '" + dataFile + "' (USE_TMP_FILE false)",
                "COPY (SELECT * FROM load_manifest) TO '" + lake.resolve("load_manifest/forged.parquet") + "'",
                "ATTACH '" + outside.resolve("other.duckdb") + "' AS other",
                "ATTACH '" + lake.resolve("other.duckdb") + "' AS other",
                "INSTALL httpfs",
                "LOAD httpfs",
                "SET enable_external_access = true",
                "SET lock_configuration = false",
                "RESET allowed_directories",
                "DELETE FROM report_summary",
                "SELECT * FROM read_text('/etc/passwd')",
                "SELECT * FROM read_csv('/etc/shadow')",
                "SELECT * FROM glob('/root/*')",
                "SELECT * FROM glob('" + home.resolve("jobs") + "/*')",
                "SELECT * FROM read_text('" + home.resolve("inbox") + "/**')");
    }

    @Test
    void oneShotStatementsThatWriteOrReadOtherFilesAreRefusedAndChangeNothing(CapturedOutput output)
            throws Exception {
        Map<String, String> before = fingerprint(home);
        for (String sql : refused) {
            assertThat(Pipeline.run(home, "sql", sql)).as(sql).isEqualTo(1);
        }
        assertThat(fingerprint(home)).isEqualTo(before);
        assertThat(fingerprint(outside)).isEmpty();
        assertThat(occurrences(output.getErr(), REFUSED)).isEqualTo(refused.size());
    }

    @Test
    void promptStatementsThatWriteOrReadOtherFilesAreRefusedAndChangeNothing() throws Exception {
        Map<String, String> before = fingerprint(home);
        String printed = prompt(String.join(";\n", refused) + ";\n.quit\n");
        assertThat(fingerprint(home)).isEqualTo(before);
        assertThat(fingerprint(outside)).isEmpty();
        assertThat(occurrences(printed, REFUSED)).isEqualTo(refused.size());
    }

    @Test
    void everyViewAndTableCanStillBeQueried() throws Exception {
        List<String> relations = Pipeline.rows(home, "SELECT table_name FROM duckdb_tables()"
                + " UNION SELECT view_name FROM duckdb_views() WHERE NOT internal ORDER BY 1").stream()
                .map(row -> row.get(0)).toList();
        assertThat(relations).contains("fact_data_value", "fact_assessment", "load_manifest", "report_summary");
        StringBuilder session = new StringBuilder(".format csv\n");
        List<String> expected = new ArrayList<>();
        for (String relation : relations) {
            session.append("SELECT '").append(relation).append("' AS relation, count(*) AS n FROM ").append(relation)
                    .append(";\n");
            expected.add(relation + "," + Pipeline.count(home, "SELECT count(*) FROM " + relation));
        }
        session.append("SELECT 'published' AS relation, count(*) > 0 AS n FROM read_csv('")
                .append(home.resolve("reports/2019/report_summary.csv")).append("');\n");
        expected.add("published,true");
        session.append("DESCRIBE report_summary;\nSHOW TABLES;\nSUMMARIZE indicator_value;\n.quit\n");
        String printed = prompt(session.toString());
        assertThat(printed).doesNotContain("error:");
        assertThat(printed).contains(expected);
        assertThat(expected).filteredOn(line -> line.startsWith("fact_data_value,")).noneMatch(l -> l.endsWith(",0"));

        assertThat(Pipeline.run(home, "sql", "SELECT count(*) AS n FROM fact_data_value WHERE year = 2019",
                "--format", "csv")).isZero();
    }

    /** The interactive prompt of the real command line, fed {@code session}; returns what it printed. */
    private static String prompt(String session) {
        InputStream original = System.in;
        System.setIn(new ByteArrayInputStream(session.getBytes(StandardCharsets.UTF_8)));
        try {
            Cli.Result result = Cli.run(home, "sql");
            assertThat(result.exitCode()).isZero();
            return result.out();
        } finally {
            System.setIn(original);
        }
    }

    private static int occurrences(String text, String part) {
        Matcher matcher = Pattern.compile(Pattern.quote(part)).matcher(text);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }

    /** Every file under the directory but the logs, the JobRepository and the prompt's history, path → SHA-256. */
    private static Map<String, String> fingerprint(Path dir) throws Exception {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path file : paths.filter(Files::isRegularFile).toList()) {
                String name = dir.relativize(file).toString();
                if (!name.startsWith("logs") && !name.startsWith("jobs") && !name.equals(".sql_history")) {
                    files.put(name, HexFormat.of().formatHex(
                            MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file))));
                }
            }
        }
        return files;
    }
}
