package org.lianggang.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** A {@code --year} outside 1949–2100 (20199 for 2019) is a usage error (exit 2) for ingest, report and retract. */
@ExtendWith(OutputCaptureExtension.class)
class YearOutOfRangeTest {

    @TempDir
    Path home;

    @Test
    void aFiveDigitYearIsAUsageErrorAndPublishesNothing(CapturedOutput output) throws Exception {
        Cli.demoInbox(home, 2019);
        assertThat(Cli.run(home, "nightly").exitCode()).isZero();

        assertThat(Cli.run(home, "report", "--year", "20199").exitCode()).isEqualTo(2);
        assertThat(home.resolve("reports/20199")).doesNotExist();
        assertThat(output.getAll()).contains("选项 '--year' 的值无效：年份 20199 不在 1949–2100 之间");

        assertThat(Cli.run(home, "retract", "--source", "health", "--year", "20199").exitCode()).isEqualTo(2);
        assertThat(Cli.run(home, "retract", "--source", "health", "--year", "1948").exitCode()).isEqualTo(2);
        assertThat(Cli.run(home, "report", "--year", "2101").exitCode()).isEqualTo(2);
    }

    @Test
    void anIngestForYear20199IsAUsageErrorAndLoadsNothing() throws Exception {
        Path file = home.resolve("health.csv");
        Files.writeString(file, "地区代码,地区,年份\n");
        assertThat(Cli.run(home, "ingest", file.toString(), "--source", "health", "--year", "20199").exitCode())
                .isEqualTo(2);
        assertThat(home.resolve("lake/load_manifest")).doesNotExist();
    }
}
