package org.lianggang.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Any command that starts Spring with a broken {@code schemas/}, or with a setting its record refuses, prints the
 * problem once, on stderr, without a stack trace, and exits 5 (not 1, which means a job failed).
 */
class BrokenSchemasAtStartFunctionalTest {

    @TempDir
    Path dir;

    @Test
    void aBrokenLayoutStopsTheStartWithTheBlockAndExitFive() throws Exception {
        Path schemas = BrokenSchemas.withChange(dir.resolve("schemas"), "catalog/women-2011-2020.yaml",
                "numerator: maternal_deaths", "numerator: maternal_deathz");
        CommandLineFirstTest.Run run = CommandLineFirstTest.run("--home", dir.resolve("home").toString(),
                "--lianggang.schemas=" + schemas, "--lianggang.models=" + Path.of("../warehouse").toAbsolutePath(),
                "jobs");
        assertThat(run.exitCode()).isEqualTo(ExitCode.CONFIGURATION.code());
        String block = "schemas/ 配置错误 1 处：\n  "
                + schemas.resolve("catalog/women-2011-2020.yaml") + ":22:49: women-2011-2020 W1.01：未知数据项 "
                + "maternal_deathz（请在 catalog/elements.yaml 中添加），是否应为 maternal_deaths？";
        assertThat(run.err()).contains(block).doesNotContain("\tat ").doesNotContain("Exception")
                .doesNotContain("APPLICATION FAILED");
        assertThat(run.err().split(java.util.regex.Pattern.quote("schemas/ 配置错误"), -1))
                .as("the block once").hasSize(2);
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aRefusedSettingStopsTheStartWithOneLineAndExitFive() throws Exception {
        CommandLineFirstTest.Run run = CommandLineFirstTest.run("--home", dir.resolve("home").toString(),
                "--lianggang.models=" + Path.of("../warehouse").toAbsolutePath(),
                "--lianggang.schemas=" + Path.of("../schemas").toAbsolutePath(),
                "--lianggang.warehouse.storage-version=latest", "jobs");
        assertThat(run.exitCode()).isEqualTo(ExitCode.CONFIGURATION.code());
        String line = "配置错误：lianggang.warehouse：lianggang.warehouse.storage-version"
                + " 须为 DuckDB 版本号，如 v1.0.0，不能是 'latest'";
        assertThat(run.err()).contains(line).doesNotContain("\tat ").doesNotContain("Exception")
                .doesNotContain("APPLICATION FAILED");
        assertThat(run.err().split("配置错误", -1)).as("the line once").hasSize(2);
        assertThat(run.out()).isEmpty();
    }
}
