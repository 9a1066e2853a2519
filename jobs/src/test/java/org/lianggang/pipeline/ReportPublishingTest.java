package org.lianggang.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * {@code lianggang report} never publishes nothing and never publishes half: a year the warehouse holds no data for
 * is refused (unless {@code --allow-empty}), and a report of some formats only, or one aimed into the published set
 * with {@code --out}, leaves {@code reports/<year>/} exactly as the full report published it.
 */
@ExtendWith(OutputCaptureExtension.class)
class ReportPublishingTest {

    @TempDir
    static Path home;

    @BeforeAll
    static void nightlyPublishesTheLoadedYear() throws Exception {
        Cli.demoInbox(home, 2018, 2019);
        assertThat(Cli.run(home, "nightly").exitCode()).isZero();
        assertThat(home.resolve("reports/2019/report-2019.xlsx")).isRegularFile();
    }

    @Test
    void aYearWithoutDataIsRefusedNamingTheYearsThatHaveData(CapturedOutput output) {
        assertThat(Pipeline.run(home, "report", "--year", "2009")).isEqualTo(2);
        assertThat(output.getErr()).contains("错误：2009 年在数据仓库中没有数据",
                "有数据的年份：2018–2019", "--allow-empty");
        assertThat(home.resolve("reports/2009")).doesNotExist();

        Path out = home.resolve("empty-2031");
        assertThat(Pipeline.run(home, "report", "--year", "2031", "--format", "csv", "--out", out.toString()))
                .isEqualTo(2);
        assertThat(out).doesNotExist();
    }

    @Test
    void allowEmptyWritesTheReportOfAYearWithoutData() {
        assertThat(Pipeline.run(home, "report", "--year", "2031", "--allow-empty")).isZero();
        assertThat(home.resolve("reports/2031/report-2031.xlsx")).isRegularFile();
        assertThat(home.resolve("reports/2031/index.html")).isRegularFile();
    }

    @Test
    void aFormatSubsetLeavesThePublishedSetAsItWas() throws Exception {
        Path published = home.resolve("reports/2019");
        Path set = Files.readSymbolicLink(published);
        Map<String, String> before = digests(published);
        assertThat(before).containsKeys("report-2019.xlsx", "index.html", "report_summary.csv", ".built-from");

        assertThat(Pipeline.run(home, "report", "--year", "2019", "--format", "csv")).isZero();

        assertThat(Files.readSymbolicLink(published)).isEqualTo(set);
        assertThat(digests(published)).isEqualTo(before);
        Path manual = home.resolve("reports/manual/2019-all-all");
        assertThat(manual.resolve("report_summary.csv")).isRegularFile();
        assertThat(manual.resolve("report-2019.xlsx")).doesNotExist();
        assertThat(manual.resolve("index.html")).doesNotExist();
    }

    @Test
    void outInsideThePublishedSetIsRefused(CapturedOutput output) throws Exception {
        Path published = home.resolve("reports/2019");
        Map<String, String> before = digests(published);
        Path hiddenSet = published.toRealPath();

        for (Path out : new Path[] {published, hiddenSet, published.resolve("sub")}) {
            assertThat(Pipeline.run(home, "report", "--year", "2019", "--format", "csv", "--out", out.toString()))
                    .isEqualTo(2);
        }
        assertThat(Pipeline.run(home, "report", "--year", "2019", "--plan", "women-2011-2020", "--out",
                published.toString())).isEqualTo(2);

        assertThat(output.getErr()).contains("位于已发布的报告集内");
        assertThat(digests(published)).isEqualTo(before);
        assertThat(published.resolve("sub")).doesNotExist();
    }

    /** Every file of the directory, hidden ones included, name → SHA-256. */
    private static Map<String, String> digests(Path dir) throws Exception {
        Map<String, String> digests = new TreeMap<>();
        try (var files = Files.list(dir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                digests.put(file.getFileName().toString(), HexFormat.of().formatHex(
                        MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file))));
            }
        }
        return digests;
    }
}
