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
 * Files of a schemas directory compose whatever they are called, and so do the files of a deployment's own directory
 * beside the shipped one: a department's elements in a file of their own, a second region file, a plan. A code
 * written in two files is refused naming both places, and so is a top-level key no catalog file has.
 */
class ComposedSchemasTest {

    @TempDir
    Path dir;

    private static final String WATER_ELEMENTS = """
            # 市水利局: 农村饮水 (a department's elements in a file of their own)
            elements:
              - {code: rural_water_villages, name: "农村集中供水行政村数", unit: "个", additive: true}
              - {code: rural_water_coverage, name: "农村集中供水率", unit: "%", additive: false, range: [0, 100]}
            """;

    private static final String ZONE_FILE = """
            # 柳州高新区: a zone in a region file of its own (reports separately, so part of the city total)
            regions:
              - {code: "4502X3", name: 柳州高新技术产业开发区, level: zone, parent: "450200", aliases: [高新区]}
            """;

    @Test
    void twoElementFilesAndTwoRegionFilesCompose() throws IOException {
        Path schemas = copySchemas();
        Files.writeString(schemas.resolve("catalog/elements-water.yaml"), WATER_ELEMENTS);
        Files.writeString(schemas.resolve("regions/liuzhou-zones.yaml"), ZONE_FILE);
        Catalog shipped = new CatalogLoader().load(SchemaErrorsTest.SCHEMAS);
        Catalog catalog = new CatalogLoader().load(schemas);
        assertThat(catalog.elements()).hasSize(shipped.elements().size() + 2).containsKeys("live_births",
                "rural_water_villages", "rural_water_coverage");
        // 个 is one of the count_units of elements.yaml: they apply to the elements of every file
        assertThat(catalog.elements().get("rural_water_villages").countsWhole()).isTrue();
        assertThat(catalog.elements().get("rural_water_coverage").countsWhole()).isFalse();
        Region zone = catalog.regions().byCode("4502X3").orElseThrow();
        assertThat(List.of(zone.level(), zone.parentCode())).containsExactly(RegionLevel.ZONE, "450200");
        // the national table, 柳州's refinement of it (its aliases kept) and the new file's one zone
        assertThat(catalog.regions().all()).hasSize(shipped.regions().all().size() + 1);
        assertThat(catalog.regions().byCode("450206").orElseThrow().aliases()).contains("柳江");
    }

    @Test
    void aDeploymentsOwnDirectoryComposesWithTheShippedOneUnchanged() throws IOException {
        Path local = dir.resolve("local");
        Files.createDirectories(local.resolve("catalog"));
        Files.createDirectories(local.resolve("regions"));
        Files.writeString(local.resolve("catalog/elements-water.yaml"), WATER_ELEMENTS);
        Files.writeString(local.resolve("regions/liuzhou-zones.yaml"), ZONE_FILE);
        // a plan of the deployment's own that extends the shipped city plan: the shipped one becomes its template
        Files.writeString(local.resolve("catalog/women-2021-2030-local.yaml"), """
                code: women-2021-2030-local
                name: 柳州市妇女发展规划（2021—2030年）（本地修订）
                extends: women-2021-2030
                drop: ["W21-1.51"]
                """);
        Catalog shipped = new CatalogLoader().load(SchemaErrorsTest.SCHEMAS);
        Catalog catalog = new CatalogLoader().load(SchemaErrorsTest.SCHEMAS, List.of(local), Regions.DEFAULT_ROOT);
        assertThat(catalog.elements()).hasSize(shipped.elements().size() + 2);
        assertThat(catalog.regions().byCode("4502X3")).isPresent();
        assertThat(catalog.monitored()).extracting(Plan::code).contains("women-2021-2030-local")
                .doesNotContain("women-2021-2030");
        Plan local2030 = catalog.plan("women-2021-2030-local").orElseThrow();
        assertThat(local2030.indicators().count())
                .isEqualTo(catalog.plan("women-2021-2030").orElseThrow().indicators().count() - 1);
    }

    @Test
    void anElementWrittenInTwoFilesNamesBothPlaces() throws IOException {
        Path schemas = copySchemas();
        Path water = schemas.resolve("catalog/elements-water.yaml");
        Files.writeString(water, WATER_ELEMENTS + "  - {code: live_births, name: \"活产数\", unit: \"人\", additive: true}\n");
        CatalogProblem problem = onlyProblem(schemas);
        Path shipped = schemas.resolve("catalog/elements.yaml");
        // files are read in name order (elements-water.yaml before elements.yaml): the problem is placed at the later
        // one and names the earlier, the 5th line of the new file, its code's value at column 12 ("  - {code: ")
        int line = GoalsTest.lineOf(shipped, "code: live_births", 1);
        assertThat(List.of(problem.file(), problem.line(), problem.column())).containsExactly(shipped, line, 12);
        String other = new CatalogProblem(water, 5, 12, "").where();
        assertThat(problem.message()).isEqualTo("数据项代码 live_births 重复，亦见于 " + other);
    }

    @Test
    void anElementOfTheDeploymentsDirectoryCannotReplaceAShippedOne() throws IOException {
        Path local = dir.resolve("local");
        Files.createDirectories(local.resolve("catalog"));
        Path water = local.resolve("catalog/elements.yaml");
        Files.writeString(water, "elements:\n  - {code: live_births, name: \"活产数\", unit: \"人\", additive: true}\n");
        CatalogException e = catchThrowableOfType(CatalogException.class, () -> new CatalogLoader()
                .load(SchemaErrorsTest.SCHEMAS, List.of(local), Regions.DEFAULT_ROOT));
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(List.of(p.file(), p.line())).containsExactly(water, 2);
            assertThat(p.message()).contains("数据项代码 live_births 重复，亦见于 ")
                    .contains("schemas/catalog/elements.yaml:");
        });
    }

    @Test
    void aWrongTopLevelKeyIsRefusedWithTheKeyItMeant() throws IOException {
        Path schemas = copySchemas();
        Path water = schemas.resolve("catalog/elements-water.yaml");
        Files.writeString(water, WATER_ELEMENTS.replace("elements:", "element:"));
        CatalogProblem problem = onlyProblem(schemas);
        assertThat(List.of(problem.file(), problem.line(), problem.column())).containsExactly(water, 2, 1);
        assertThat(problem.message()).startsWith("未知的顶层键 element，是否应为 elements？");
    }

    @Test
    void aDepartmentsRulesComposeAndARuleIdWrittenTwiceNamesBothPlaces() throws IOException {
        Path schemas = copySchemas();
        Path water = schemas.resolve("catalog/water.yaml");
        Files.writeString(water, WATER_ELEMENTS + """
                rules:
                  - {id: piped_not_above_villages, left: rural_water_villages, op: "<=", right: rural_water_villages,
                     message: 样例}
                """);
        int shipped = new CatalogLoader().load(SchemaErrorsTest.SCHEMAS).validationRules().size();
        assertThat(new CatalogLoader().load(schemas).validationRules()).hasSize(shipped + 1);

        Files.writeString(water, Files.readString(water).replace("piped_not_above_villages", "screened_not_above_due"));
        CatalogProblem problem = onlyProblem(schemas);
        Path rules = schemas.resolve("catalog/validation-rules.yaml");
        // water.yaml is read after validation-rules.yaml: placed at its rule (line 6, "  - {id: " → column 10)
        String first = new CatalogProblem(rules, GoalsTest.lineOf(rules, "id: screened_not_above_due", 1), 10, "")
                .where();
        assertThat(List.of(problem.file(), problem.line(), problem.column())).containsExactly(water, 6, 10);
        assertThat(problem.message()).endsWith("校验规则 id screened_not_above_due 重复，亦见于 " + first);
    }

    @Test
    void aCatalogFileThatHoldsNothingIsRefused() throws IOException {
        Path schemas = copySchemas();
        Path empty = schemas.resolve("catalog/elements-water.yaml");
        Files.writeString(empty, "# 市水利局: to be filled in\n");
        CatalogProblem problem = onlyProblem(schemas);
        assertThat(problem.file()).isEqualTo(empty);
        assertThat(problem.message()).isEqualTo("目录文件为空：应写一个规划（code:）、数据项（elements:）或校验规则（rules:）");
    }

    @Test
    void aPlanCodeWrittenInTwoFilesNamesBothPlaces() throws IOException {
        Path schemas = copySchemas();
        Path copy = schemas.resolve("catalog/women-2011-2020-revised.yaml");
        Files.copy(schemas.resolve("catalog/women-2011-2020.yaml"), copy);
        CatalogProblem problem = onlyProblem(schemas);
        Path original = schemas.resolve("catalog/women-2011-2020.yaml");
        int line = GoalsTest.lineOf(original, "code: women-2011-2020", 1);
        // read in name order, the copy (…-revised.yaml) first: the original is the second place
        assertThat(List.of(problem.file(), problem.line())).containsExactly(original, line);
        assertThat(problem.message()).endsWith("规划代码 women-2011-2020 重复，亦见于 "
                + new CatalogProblem(copy, line, 7, "").where());
    }

    @Test
    void aLayoutIdAndARegionCodeWrittenInTwoFilesNameBothPlaces() throws IOException {
        Path schemas = copySchemas();
        Path health = schemas.resolve("sources/health.yaml");
        Path copy = schemas.resolve("sources/health-copy.yaml");
        Files.copy(health, copy);
        Path zones = schemas.resolve("regions/liuzhou-zones.yaml");
        Files.writeString(zones, ZONE_FILE.replace("4502X3", "4502X1"));
        CatalogException e = catchThrowableOfType(CatalogException.class, () -> new CatalogLoader().load(schemas));
        int idLine = GoalsTest.lineOf(health, "id: health", 1);
        int zoneLine = GoalsTest.lineOf(schemas.resolve("regions/liuzhou.yaml"), "code: \"4502X1\"", 1);
        // each placed at the file read later (in name order: health-copy.yaml before health.yaml; liuzhou.yaml, which
        // refines china.csv, after the files that refine none) and naming the other
        String copyId = new CatalogProblem(copy, idLine, 5, "").where();
        String liuzhou = new CatalogProblem(schemas.resolve("regions/liuzhou.yaml"), zoneLine, 12, "").where();
        String zone = new CatalogProblem(zones, 3, 12, "").where();
        assertThat(e.problems()).extracting(CatalogProblem::toString).containsExactlyInAnyOrder(
                new CatalogProblem(health, idLine, 5, "").where() + ": 导出格式 id health 重复，亦见于 " + copyId,
                liuzhou + ": 地区代码 4502X1 重复，亦见于 " + zone + "（细化另一文件中的地区须写 refines:）");
    }

    @Test
    void aMissingExtraDirectoryIsAConfigurationErrorNamingIt() {
        Path missing = dir.resolve("nowhere");
        CatalogException e = catchThrowableOfType(CatalogException.class, () -> new CatalogLoader()
                .load(SchemaErrorsTest.SCHEMAS, List.of(missing), Regions.DEFAULT_ROOT));
        assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.toString())
                .isEqualTo(missing + ": 附加配置目录（lianggang.extra-schemas）不存在"));
    }

    private Path copySchemas() throws IOException {
        Path schemas = dir.resolve("schemas");
        FileSystemUtils.copyRecursively(SchemaErrorsTest.SCHEMAS, schemas);
        return schemas;
    }

    private static CatalogProblem onlyProblem(Path schemas) {
        CatalogException e = catchThrowableOfType(CatalogException.class, () -> new CatalogLoader().load(schemas));
        assertThat(e).as("the catalog loads, but should not").isNotNull();
        assertThat(e.problems()).hasSize(1);
        return e.problems().get(0);
    }
}
