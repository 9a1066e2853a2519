package org.lianggang.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The analysts' Python example of the README ({@code scripts/examples/trend_plot.py}) runs against a freshly built
 * warehouse with DuckDB's Python package of a 1.x release, pandas and matplotlib: it opens the file read-only,
 * prints the 2019 达标率 the build computed and writes a PNG of the trend table. {@code LIANGGANG_TEST_PYTHON} names
 * the interpreter that has them; .ci/run sets it when it could install them, and the test says why it is skipped
 * otherwise.
 */
class PythonClientTest {

    private static final String PYTHON = System.getenv("LIANGGANG_TEST_PYTHON");
    private static final Path EXAMPLE = Path.of("../scripts/examples/trend_plot.py");

    @TempDir
    Path home;

    @Test
    void theReadmesPythonExampleReadsTheWarehouseWithADuckDb1ClientAndPlotsTheTrend() throws Exception {
        assumeTrue(PYTHON != null, "LIANGGANG_TEST_PYTHON is not set: no Python with duckdb 1.x, pandas and"
                + " matplotlib here (.ci/run sets it when it can install them)");
        Cli.demoInbox(home, 2018, 2019);
        assertThat(Cli.run(home, "nightly").exitCode()).isZero();
        Path png = home.resolve("trend.png");

        Process process = new ProcessBuilder(PYTHON, EXAMPLE.toString(), home.toString(), "women-2011-2020",
                "450200", png.toString()).redirectErrorStream(true).start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("the example finishes").isTrue();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output).containsPattern("(?m)^duckdb 1\\.\\d+")
                .contains("met_rate children-2011-2020 89.13", "met_rate women-2011-2020 76.62")
                .containsPattern("plotted 22 indicators, \\d+ years");
        byte[] image = Files.readAllBytes(png);
        assertThat(image).hasSizeGreaterThan(10_000);
        assertThat(new String(image, 1, 3, StandardCharsets.US_ASCII)).isEqualTo("PNG");
    }
}
