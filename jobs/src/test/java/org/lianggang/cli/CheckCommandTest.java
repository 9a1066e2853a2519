package org.lianggang.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lianggang.catalog.CatalogLoader;

/**
 * {@code lianggang check} validates a schemas directory before Spring starts: no home is needed or created, a
 * correct copy gives one summary line, a broken one the problem block and exit 5.
 */
class CheckCommandTest {

    @TempDir
    Path dir;

    @Test
    void correctSchemasGiveTheSummaryAndTouchNoHome() throws Exception {
        Path schemas = BrokenSchemas.copy(dir.resolve("schemas"));
        Path home = dir.resolve("home");
        CommandLineFirstTest.Run run = CommandLineFirstTest.run("--home", home.toString(), "check", "--schemas",
                schemas.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("schemas 正常（" + schemas + "）：6 个规划（监测 4 个），197 项指标，86 个数据项，"
                + "9 个导出格式，3217 个地区（根 450200：14）\n");
        assertThat(home).doesNotExist();
    }

    @Test
    void aDeploymentsOwnDirectoryIsCheckedWithTheShippedOne() throws Exception {
        Path schemas = BrokenSchemas.copy(dir.resolve("schemas"));
        Path local = Files.createDirectories(dir.resolve("local/catalog")).getParent();
        Files.writeString(local.resolve("catalog/elements-water.yaml"), """
                elements:
                  - {code: rural_water_villages, name: "农村集中供水行政村数", unit: "个", additive: true}
                """);
        CommandLineFirstTest.Run shipped = CommandLineFirstTest.run("check", "--schemas", schemas.toString());
        CommandLineFirstTest.Run run = CommandLineFirstTest.run("--lianggang.extra-schemas=" + local, "check",
                "--schemas", schemas.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        // the summary of the shipped files (asserted above), with both directories and the deployment's one element
        int elements = new CatalogLoader().load(schemas).elements().size();
        assertThat(run.out()).isEqualTo(shipped.out().replace("（" + schemas + "）", "（" + schemas + " + " + local + "）")
                .replace("，" + elements + " 个数据项", "，" + (elements + 1) + " 个数据项"));
        assertThat(run.out()).isNotEqualTo(shipped.out());
    }

    @Test
    void brokenSchemasGiveTheBlockAndExitFive() throws Exception {
        Path schemas = BrokenSchemas.withChange(dir.resolve("schemas"), "sources/health.yaml",
                "element: women_delivered}", "element: women_deliverd}");
        CommandLineFirstTest.Run run = CommandLineFirstTest.run("--home", dir.resolve("home").toString(), "check",
                "--schemas", schemas.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.CONFIGURATION.code());
        assertThat(run.out()).startsWith("schemas/ 配置错误 1 处：\n  "
                + schemas.resolve("sources/health.yaml") + ":20:").contains("是否应为 women_delivered？")
                .doesNotContain("\tat ");
        assertThat(dir.resolve("home")).doesNotExist();
    }

    @Test
    void withoutSchemasOptionTheConfiguredDirectoryIsChecked() throws Exception {
        Path schemas = BrokenSchemas.withChange(dir.resolve("schemas"), "regions/liuzhou.yaml", "counties:",
                "countys:");
        CommandLineFirstTest.Run run = CommandLineFirstTest.run("--lianggang.schemas=" + schemas, "check");
        assertThat(run.exitCode()).isEqualTo(ExitCode.CONFIGURATION.code());
        assertThat(run.out()).contains(schemas.resolve("regions/liuzhou.yaml") + ":")
                .contains("缺少必填键 counties，countys 是否为其误写？");
    }

    @Test
    void aMissingSchemasDirectoryIsAConfigurationErrorNamingIt() {
        Path missing = dir.resolve("nowhere");
        CommandLineFirstTest.Run run = CommandLineFirstTest.run("check", "--schemas", missing.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.CONFIGURATION.code());
        assertThat(run.out()).contains(missing.resolve("catalog").toString()).doesNotContain("\tat ");
        assertThat(Files.exists(missing)).isFalse();
    }
}
