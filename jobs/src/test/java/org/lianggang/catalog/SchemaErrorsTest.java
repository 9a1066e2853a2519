package org.lianggang.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.FileSystemUtils;

/**
 * A mistake in a copy of the real {@code schemas/} is reported like an input problem: {@code file:line:column:
 * message}, at the key it concerns, with the nearest known name when one is close.
 */
class SchemaErrorsTest {

    static final Path SCHEMAS = Path.of("../schemas");

    @TempDir
    Path schemas;

    @Test
    void unknownElementOfAnIndicatorIsPlacedAtItsValueWithTheNearestElement() throws IOException {
        copySchemas();
        Position at = replace("catalog/women-2011-2020.yaml", "numerator: maternal_deaths", "numerator: maternal_deathz",
                "maternal_deathz");
        CatalogProblem problem = onlyProblem();
        assertThat(problem.file().getFileName()).hasToString("women-2011-2020.yaml");
        assertThat(List.of(problem.line(), problem.column())).containsExactly(at.line(), at.column());
        assertThat(problem.toString()).endsWith("women-2011-2020.yaml:" + at.line() + ":" + at.column() + ": "
                + "women-2011-2020 W1.01：未知数据项 maternal_deathz（请在 catalog/elements.yaml 中添加），是否应为 "
                + "maternal_deaths？");
    }

    @Test
    void unknownElementOfALayoutColumnNamesTheColumnAndTheNearName() throws IOException {
        copySchemas();
        Position at = replace("sources/health.yaml", "element: women_delivered}", "element: women_deliverd}",
                "women_deliverd");
        CatalogProblem problem = onlyProblem();
        assertThat(List.of(problem.line(), problem.column())).containsExactly(at.line(), at.column());
        assertThat(problem.message()).contains("source health column 产妇数：未知数据项 women_deliverd")
                .contains("是否应为 women_delivered？");
    }

    @Test
    void yamlSyntaxErrorIsPlacedWhereTheParserStopped() throws IOException {
        copySchemas();
        Position at = replace("sources/education.yaml", "\ntable:", "\n table:", "table");
        CatalogProblem problem = onlyProblem();
        assertThat(problem.file().getFileName()).hasToString("education.yaml");
        assertThat(problem.message()).isEqualTo("YAML 语法错误：mapping values are not allowed here");
        assertThat(problem.line()).isEqualTo(at.line());
        assertThat(problem.message()).doesNotContain("\n");
    }

    @Test
    void missingRequiredKeyIsPlacedAtTheEntryThatLacksIt() throws IOException {
        copySchemas();
        Position at = replace("catalog/elements.yaml", "{code: live_births, name: \"活产数\", ",
                "{code: live_births, ", "code: live_births");
        CatalogProblem problem = onlyProblem();
        assertThat(problem.message()).isEqualTo("缺少必填键 name");
        assertThat(problem.line()).isEqualTo(at.line());
    }

    @Test
    void regionFileWithoutCountiesIsAMissingKeyNotACrash() throws IOException {
        copySchemas();
        Path regions = schemas.resolve("regions/liuzhou.yaml");
        String text = Files.readString(regions);
        Files.writeString(regions, text.substring(0, text.indexOf("counties:")));
        CatalogProblem problem = onlyProblem();
        assertThat(problem.file().getFileName()).hasToString("liuzhou.yaml");
        assertThat(problem.line()).isPositive();
        assertThat(problem.message()).isEqualTo("缺少必填键 counties");
    }

    @Test
    void misspeltKeyIsRefusedWithTheKeyItMeant() throws IOException {
        copySchemas();
        Position at = replace("sources/civil-affairs.yaml", "\ndepartment:", "\ndepartmnet:", "departmnet");
        CatalogProblem problem = onlyProblem();
        assertThat(List.of(problem.line(), problem.column())).containsExactly(at.line(), 1);
        assertThat(problem.message()).startsWith("未知的键 departmnet，是否应为 department？");
    }

    @Test
    void everyBrokenFileIsReportedInOneBlock() throws IOException {
        copySchemas();
        replace("catalog/women-2011-2020.yaml", "numerator: maternal_deaths", "numerator: maternal_deathz", "z");
        replace("sources/education.yaml", "\ntable:", "\n table:", "table");
        replace("sources/civil-affairs.yaml", "\ndepartment:", "\ndepartmnet:", "departmnet");
        CatalogException e = catchThrowableOfType(CatalogException.class, () -> new CatalogLoader().load(schemas));
        // The syntax error and the unknown key are found while reading; the cross-file check runs once they are fixed.
        assertThat(e.problems()).extracting(p -> p.file().getFileName().toString())
                .containsExactlyInAnyOrder("education.yaml", "civil-affairs.yaml");
        assertThat(e.block()).startsWith("schemas/ 配置错误 2 处：\n  ")
                .doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void nearNamesAreAtMostTwoEditsOrAPrefix() {
        List<String> known = List.of("live_births", "vaccination_due", "vaccination_done", "pop_0_17");
        assertThat(NearNames.nearest("live_birth", known)).contains("live_births");
        assertThat(NearNames.nearest("vacination_due", known)).contains("vaccination_due");
        assertThat(NearNames.nearest("vaccination", known)).contains("vaccination_due");
        assertThat(NearNames.nearest("teachers", known)).isEmpty();
    }

    /**
     * 妇女人均预期寿命 (W1.06) is computed from the women's life expectancy (sex F): a 男 row of it does not exist, so
     * monitoring it by sex is refused where the breakdown is written.
     */
    @Test
    void aBreakdownOnADimensionTheComputationFixesIsRefusedWhereItIsWritten() throws IOException {
        copySchemas();
        String computation = "computation: {method: reported, element: {element: life_expectancy, sex: F}}";
        Position at = replace("catalog/women-2011-2020.yaml", computation,
                computation + "\n        breakdowns: [sex]", "sex]");
        CatalogProblem problem = onlyProblem();
        assertThat(problem.file().getFileName()).hasToString("women-2011-2020.yaml");
        assertThat(List.of(problem.line(), problem.column())).containsExactly(at.line(), at.column());
        assertThat(problem.message()).isEqualTo("women-2011-2020 W1.06：计算式已限定 sex: F（life_expectancy），"
                + "不能再按 sex 分组");
    }

    /** A target for 女 on an indicator monitored by area only names no row: refused at its key (F). */
    @Test
    void aBreakdownTargetOfAnUndeclaredValueIsRefused() throws IOException {
        copySchemas();
        Position at = replace("catalog/women-2011-2020.yaml", "        breakdowns: [area]\n",
                "        breakdowns: [area]\n        breakdown_targets: {F: {op: \"<=\", value: 20}}\n", "F:");
        CatalogProblem problem = onlyProblem();
        assertThat(List.of(problem.line(), problem.column())).containsExactly(at.line(), at.column());
        assertThat(problem.message()).startsWith("women-2011-2020 W1.01：breakdown_targets 的 F 不是所列分组"
                + "（breakdowns: [area]）的取值");
    }

    private record Position(int line, int column) {
    }

    private CatalogProblem onlyProblem() {
        CatalogException e = catchThrowableOfType(CatalogException.class, () -> new CatalogLoader().load(schemas));
        assertThat(e).as("the broken copy is refused").isNotNull();
        assertThat(e.problems()).hasSize(1);
        return e.problems().get(0);
    }

    /** Replaces the first {@code from} in a file; returns where {@code marker} stands afterwards (1-based). */
    private Position replace(String file, String from, String to, String marker) throws IOException {
        Path path = schemas.resolve(file);
        String text = Files.readString(path);
        assertThat(text).contains(from);
        String changed = text.replaceFirst(java.util.regex.Pattern.quote(from),
                java.util.regex.Matcher.quoteReplacement(to));
        Files.writeString(path, changed);
        int offset = changed.indexOf(marker, text.indexOf(from));
        String before = changed.substring(0, offset);
        return new Position((int) before.chars().filter(c -> c == '\n').count() + 1,
                offset - before.lastIndexOf('\n'));
    }

    private void copySchemas() throws IOException {
        FileSystemUtils.copyRecursively(SCHEMAS, schemas);
    }
}
