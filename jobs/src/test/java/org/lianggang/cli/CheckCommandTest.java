package org.lianggang.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lianggang.catalog.CatalogLoader;

/**
 * {@code lianggang check} validates a schemas directory, then the warehouse's model docs, before Spring starts: no
 * home is needed or created, a correct copy gives one summary line for each, a broken one the problem block and
 * exit 5.
 */
class CheckCommandTest {

    @TempDir
    Path dir;

    private static final Path SHIPPED_MODELS = Path.of("../warehouse").toAbsolutePath().normalize();

    @Test
    void correctSchemasGiveTheSummaryAndTouchNoHome() throws Exception {
        Path schemas = BrokenSchemas.copy(dir.resolve("schemas"));
        Path home = dir.resolve("home");
        CommandLineFirstTest.Run run = CommandLineFirstTest.run("--home", home.toString(),
                "--lianggang.models=" + SHIPPED_MODELS, "check", "--schemas", schemas.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("schemas 正常（" + schemas + "）：6 个规划（监测 4 个），197 项指标，86 个数据项，"
                + "9 个导出格式，3217 个地区（根 450200：14）\n"
                + "warehouse 模型说明正常（" + SHIPPED_MODELS + "）：" + count(SHIPPED_MODELS, ".sql", "\\A")
                + " 个模型，" + count(SHIPPED_MODELS, ".yaml", "(?m)^[a-z_0-9]+:") + " 个关系已说明\n");
        assertThat(home).doesNotExist();
    }

    @Test
    void brokenModelDocsGiveTheirBlockAndExitFive() throws Exception {
        Path schemas = BrokenSchemas.copy(dir.resolve("schemas"));
        Path models = copyOfModels();
        change(models.resolve("40_indicator_status.yaml"), "  grain:", "  grian:");
        change(models.resolve("80_report_progress.yaml"), "目标实现预判｜will", "目标实现预判 will");
        CommandLineFirstTest.Run run = CommandLineFirstTest.run("--home", dir.resolve("home").toString(),
                "--lianggang.models=" + models, "check", "--schemas", schemas.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.CONFIGURATION.code());
        // the schemas are sound (their line first), the model docs not: every mistake in one block
        assertThat(run.out()).startsWith("schemas 正常（" + schemas + "）")
                .contains("\nwarehouse/ 模型说明错误 2 处（glossary.yaml 与各模型的 .yaml 说明文件）：\n  ")
                .contains(models.resolve("40_indicator_status.yaml") + ":7:3: 未知的键 grian")
                .contains(models.resolve("80_report_progress.yaml") + ":6:16: description 应写作 中文标题｜English")
                .doesNotContain("\tat ").doesNotContain("模型说明正常");
        assertThat(dir.resolve("home")).doesNotExist();
    }

    @Test
    void aMeaningTheGlossaryLacksIsFoundWithoutABuild() throws Exception {
        Path schemas = BrokenSchemas.copy(dir.resolve("schemas"));
        Path models = copyOfModels();
        change(models.resolve("10_dims.yaml"), "target_text: '@catalog'", "target_text: '@catalgo'");
        CommandLineFirstTest.Run run = CommandLineFirstTest.run("--lianggang.models=" + models, "check",
                "--schemas", schemas.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.CONFIGURATION.code());
        // dim_indicator's target_text, line 42 of the sidecar (the first of its two '@catalog's)
        assertThat(run.out()).contains("warehouse/ 模型说明错误 1 处")
                .contains(models.resolve("10_dims.yaml") + ":42:18: glossary.yaml 中没有 target_text@catalgo");
    }

    @Test
    void aDeploymentsOwnDirectoryIsCheckedWithTheShippedOne() throws Exception {
        Path schemas = BrokenSchemas.copy(dir.resolve("schemas"));
        Path local = Files.createDirectories(dir.resolve("local/catalog")).getParent();
        Files.writeString(local.resolve("catalog/elements-water.yaml"), """
                elements:
                  - {code: rural_water_villages, name: "农村集中供水行政村数", unit: "个", additive: true}
                """);
        CommandLineFirstTest.Run shipped = CommandLineFirstTest.run("--lianggang.models=" + SHIPPED_MODELS, "check",
                "--schemas", schemas.toString());
        CommandLineFirstTest.Run run = CommandLineFirstTest.run("--lianggang.extra-schemas=" + local,
                "--lianggang.models=" + SHIPPED_MODELS, "check", "--schemas", schemas.toString());
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

    /** The shipped models and their docs (not their data tests), to be broken. */
    private Path copyOfModels() throws IOException {
        Path models = Files.createDirectories(dir.resolve("warehouse"));
        try (Stream<Path> files = Files.list(SHIPPED_MODELS)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.copy(file, models.resolve(file.getFileName()));
            }
        }
        return models;
    }

    private static void change(Path file, String text, String replacement) throws IOException {
        String content = Files.readString(file);
        assertThat(content).contains(text);
        Files.writeString(file, content.replaceFirst(Pattern.quote(text), Matcher.quoteReplacement(replacement)));
    }

    /** How many matches of {@code pattern} the files of {@code dir} named {@code *suffix} (but the glossary) hold. */
    private static long count(Path dir, String suffix, String pattern) throws IOException {
        long count = 0;
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(suffix)
                    && !f.getFileName().toString().equals("glossary.yaml")).toList()) {
                count += Pattern.compile(pattern).matcher(Files.readString(file)).results().count();
            }
        }
        return count;
    }
}
