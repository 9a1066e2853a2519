package org.lianggang.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An analyst's older DuckDB opens the warehouse: the DuckDB 1.0.0 JDBC driver (the same engine as the Python
 * package and the CLI of that release, and DBeaver's driver), alone on the class path of a child JVM, reads every
 * table and view of a freshly built warehouse with the row counts and the 2019 summary the build's own DuckDB sees.
 * Maven copies the driver to target/older-duckdb-client (jobs/pom.xml).
 */
class OlderDuckDbClientTest {

    private static final Path CLIENT = Path.of(System.getProperty("older-duckdb-client",
            "target/older-duckdb-client/duckdb_jdbc-1.0.0.jar"));
    private static final Path PROGRAM = Path.of("src/test/resources/older-client/OpenWarehouse.java");
    private static final String SUMMARY = "SELECT plan_code, indicators, met, unmet, no_data, achieved,"
            + " round(met_rate, 2) FROM report_summary WHERE year = 2019 AND region_code = '450200'"
            + " AND domain_code IS NULL ORDER BY plan_code";

    @TempDir
    Path home;

    @Test
    void aDuckDb1ClientReadsEveryTableAndViewAsTheBuildWroteThem() throws Exception {
        Cli.demoInbox(home, 2019);
        assertThat(Cli.run(home, "nightly").exitCode()).isZero();

        List<String> expected = new ArrayList<>(List.of("version\tv1.0.0"));
        for (List<String> row : Pipeline.rows(home,
                "SELECT table_name FROM information_schema.tables ORDER BY table_name")) {
            expected.add("count\t" + row.get(0) + "\t"
                    + Pipeline.count(home, "SELECT count(*) FROM \"" + row.get(0) + "\""));
        }
        for (List<String> row : Pipeline.rows(home, SUMMARY)) {
            expected.add("row\t" + String.join("\t", row));
        }

        Opened opened = openWithOlderClient(home.resolve("warehouse.duckdb"));

        assertThat(opened.exitCode()).as(opened.output()).isZero();
        assertThat(opened.lines()).containsExactlyElementsOf(expected);
        assertThat(expected).contains("row\tchildren-2011-2020\t46\t41\t5\t0\t41\t89.13",
                "row\twomen-2011-2020\t77\t59\t9\t9\t59\t76.62");
        assertThat(expected.stream().filter(line -> line.startsWith("count\t"))).hasSizeGreaterThan(20);
    }

    /** The setting is what makes the difference: DuckDB 2.0's own format is one no 1.x client can read. */
    @Test
    void aWarehouseWrittenInDuckDb2sOwnFormatIsRefusedByTheOlderClient() throws Exception {
        Cli.demoInbox(home, 2019);
        assertThat(Cli.run(Map.of("lianggang.warehouse.storage-version", "v2.0.0"), home, "nightly").exitCode())
                .isZero();

        Opened opened = openWithOlderClient(home.resolve("warehouse.duckdb"));

        assertThat(opened.exitCode()).isNotZero();
        assertThat(opened.output()).contains("newer version of DuckDB");
    }

    private record Opened(int exitCode, String output) {
        List<String> lines() {
            return output.lines().toList();
        }
    }

    private static Opened openWithOlderClient(Path warehouse) throws IOException, InterruptedException {
        assertThat(CLIENT).as("the older DuckDB driver, copied by Maven").exists();
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", CLIENT.toString(), PROGRAM.toString(), warehouse.toString(), SUMMARY)
                .redirectErrorStream(true).start();
        byte[] output = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
        return new Opened(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    }
}
