package org.lianggang.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * {@code demo --no-build} (scripts/bench-build makes its lake so) ingests the sample exports into the lake and
 * stops there: no warehouse, no reports, and the summary line says the build was skipped. The shipped scenario cut
 * to 2019 alone: the five sources of one year.
 */
@ExtendWith(OutputCaptureExtension.class)
class DemoNoBuildTest {

    @TempDir
    Path home;

    @Test
    void theExportsAreIngestedAndNothingIsBuilt(CapturedOutput output) throws Exception {
        String shipped = Files.readString(Pipeline.SCHEMAS.resolve("demo/liuzhou-2010-2020.yaml"));
        Path scenario = home.resolve("liuzhou-2019.yaml");
        Files.writeString(scenario, shipped.replace("years: {from: 2010, to: 2020}", "years: {from: 2019, to: 2019}"));

        assertThat(Pipeline.run(home, "demo", "--no-build", "--scenario", scenario.toString())).isZero();

        assertThat(output.getOut()).contains("nightly：5 个文件：导入 5，未变 0，被拒 0，失败 0")
                .contains("；构建跳过；").doesNotContain("两纲监测达标情况");
        try (Stream<Path> files = Files.walk(home.resolve("lake/data_value"))) {
            assertThat(files.filter(f -> f.toString().endsWith(".parquet")).count()).isEqualTo(4);
        }
        assertThat(home.resolve("warehouse.duckdb")).doesNotExist();
        assertThat(home.resolve("reports")).doesNotExist();
    }
}
