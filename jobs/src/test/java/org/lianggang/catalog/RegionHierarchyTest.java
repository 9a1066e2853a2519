package org.lianggang.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The region files of schemas/regions/: any number of files, one tree, a root, and every way a tree can break. */
class RegionHierarchyTest {

    private static final String NATION = """
            # a national table in miniature
            regions:
              - {code: "100000", name: 中华人民共和国, level: country}
              - {code: "450000", name: 广西壮族自治区, level: province, parent: "100000"}
              - {code: "450100", name: 南宁市, level: city, parent: "450000"}
              - {code: "450102", name: 兴宁区, level: county, parent: "450100"}
              - {code: "450200", name: 柳州市, level: city, parent: "450000"}
              - {code: "450202", name: 城中区, level: county, parent: "450200"}
              - {code: "450206", name: 柳江区, level: county, parent: "450200"}
              - {code: "630000", name: 青海省, level: province, parent: "100000"}
              - {code: "630100", name: 西宁市, level: city, parent: "630000"}
              - {code: "630103", name: 城中区, level: county, parent: "630100"}
            """;

    private static final String LIUZHOU = """
            refines: nation.yaml
            city:
              code: "450200"
              name: 柳州市
              aliases: [柳州, 全市]
            counties:
              - {code: "450202", name: 城中区, aliases: [城中]}
              - {code: "450221", name: 柳江县, valid_to: 2016, successor: "450206"}
              - {code: "450206", name: 柳江区, valid_from: 2017, aliases: [柳江]}
            zones:
              - {code: "4502X1", name: 柳东新区, included_in: "450202"}
            """;

    @TempDir
    Path dir;

    @Test
    void aListOfRegionsWithParentsFormsATreeUnderTheRoot() throws IOException {
        Regions regions = load("450000", file("nation.yaml", NATION));
        assertThat(regions.root().level()).isEqualTo(RegionLevel.PROVINCE);
        assertThat(regions.all()).extracting(Region::code)
                .containsExactly("450000", "450100", "450102", "450200", "450202", "450206");
        assertThat(regions.byCode("450102")).map(Region::parentCode).contains("450100");
        assertThat(regions.byCode("450102")).map(Region::level).contains(RegionLevel.COUNTY);
    }

    @Test
    void regionsOutsideTheRootAreKnownByNameButNotReported() throws IOException {
        Regions regions = load("450200", file("nation.yaml", NATION));
        assertThat(regions.all()).extracting(Region::code).containsExactly("450200", "450202", "450206");
        assertThat(regions.byCode("630103")).isEmpty();
        assertThat(regions.known("630103")).map(Region::name).contains("城中区");
        assertThat(regions.known("450000")).map(Region::name).contains("广西壮族自治区");
        assertThat(regions.byName("城中区")).map(Region::code).contains("450202");
        assertThat(regions.city()).isEqualTo(regions.root());
    }

    @Test
    void aNameTwoRegionsOfTheRootShareNamesNeither() throws IOException {
        Regions regions = load("100000", file("nation.yaml", NATION));
        assertThat(regions.byName("城中区")).isEmpty();
        assertThat(regions.byName("兴宁区")).map(Region::code).contains("450102");
    }

    @Test
    void aCityFileRefiningTheNationalTableComposesWithIt() throws IOException {
        Regions regions = load("450200", file("nation.yaml", NATION), file("liuzhou.yaml", LIUZHOU));
        Region city = regions.root();
        assertThat(city.parentCode()).as("the parent comes from the national table").isEqualTo("450000");
        assertThat(city.aliases()).containsExactly("柳州", "全市");
        assertThat(regions.all()).extracting(Region::code)
                .containsExactlyInAnyOrder("450200", "450202", "450206", "450221", "4502X1");
        assertThat(regions.byCode("450221")).map(Region::parentCode).contains("450200");
        assertThat(regions.seriesCode("450221")).isEqualTo("450206");
        assertThat(regions.byName("城中")).map(Region::code).contains("450202");
        Region zone = regions.byCode("4502X1").orElseThrow();
        assertThat(List.of(zone.level(), zone.parentCode(), zone.includedIn()))
                .containsExactly(RegionLevel.ZONE, "450200", "450202");
    }

    @Test
    void theCityShapeAloneStillDescribesACityAndItsCounties() throws IOException {
        Regions regions = load("450200", file("liuzhou.yaml", LIUZHOU.replace("refines: nation.yaml\n", "")));
        assertThat(regions.root().parentCode()).isNull();
        assertThat(regions.all()).hasSize(5);
    }

    @Test
    void aCodeInTwoFilesWithoutRefinesNamesBothPlaces() throws IOException {
        Path nation = file("nation.yaml", NATION);
        Path liuzhou = file("liuzhou.yaml", LIUZHOU.replace("refines: nation.yaml\n", ""));
        CatalogException e = problems(nation, liuzhou);
        assertThat(e.problems()).extracting(p -> p.message().substring(0, p.message().indexOf('，')))
                .containsExactly("地区代码 450200 重复", "地区代码 450202 重复", "地区代码 450206 重复");
        CatalogProblem problem = e.problems().get(0);
        assertThat(problem.file()).isEqualTo(liuzhou);
        assertThat(problem.line()).isEqualTo(2);
        assertThat(problem.message()).contains("地区代码 450200 重复，亦见于 " + nation.toAbsolutePath() + ":7:")
                .contains("地区代码 450200 重复，亦见于 " + nation.toAbsolutePath() + ":7:");
    }

    @Test
    void aCodeTwiceInOneFileIsRefused() throws IOException {
        Path nation = file("nation.yaml", NATION + "  - {code: \"450202\", name: 城中区, level: county, parent: \"450200\"}\n");
        CatalogProblem problem = onlyProblem(nation);
        assertThat(problem.line()).isEqualTo(13);
        assertThat(problem.message()).contains("地区代码 450202 重复，亦见于 " + nation.toAbsolutePath() + ":8:");
    }

    @Test
    void anUnknownParentIsPlacedAtTheParentKey() throws IOException {
        CatalogProblem problem = onlyProblem(file("nation.yaml", NATION.replace("parent: \"450100\"",
                "parent: \"450199\"")));
        assertThat(List.of(problem.line(), problem.column())).containsExactly(6, 56);
        assertThat(problem.message()).isEqualTo("450102：上级代码 450199 不是已知地区");
    }

    @Test
    void aCycleOfParentsIsRefusedAtEachMember() throws IOException {
        CatalogException e = problems(file("nation.yaml", NATION.replace(
                "{code: \"100000\", name: 中华人民共和国, level: country}",
                "{code: \"100000\", name: 中华人民共和国, level: country, parent: \"450000\"}")));
        assertThat(e.problems()).extracting(CatalogProblem::line).containsExactly(3, 4);
        assertThat(e.problems().get(0).message()).isEqualTo("100000：上级关系成环 100000 → 450000 → 100000");
    }

    @Test
    void aCountyUnderACountyOrACityUnderACountyIsOutOfOrder() throws IOException {
        CatalogException e = problems(file("nation.yaml", NATION
                + "  - {code: \"450203\", name: 鱼峰区, level: county, parent: \"450202\"}\n"
                + "  - {code: \"450300\", name: 桂林市, level: city, parent: \"450206\"}\n"));
        assertThat(e.problems()).extracting(CatalogProblem::line).containsExactly(13, 14);
        assertThat(e.problems().get(0).message()).isEqualTo("450203：county 450203 不能隶属于 county 450202（上级须为"
                + " province / city）");
        assertThat(e.problems().get(1).message()).startsWith("450300：city 450300 不能隶属于 county 450206");
    }

    @Test
    void anUnknownLevelOrSuccessorIsRefused() throws IOException {
        CatalogException e = problems(file("nation.yaml", NATION.replace("level: county, parent: \"450100\"",
                "level: district, parent: \"450100\", successor: \"450109\"")));
        assertThat(e.problems()).extracting(CatalogProblem::message).containsExactly(
                "450102：未知级别 district（应为 country, province, city, county, zone）");
    }

    @Test
    void aZoneIncludedInACountyOfAnotherCityIsRefused() throws IOException {
        CatalogProblem problem = onlyProblem(file("nation.yaml", NATION), file("liuzhou.yaml",
                LIUZHOU.replace("included_in: \"450202\"", "included_in: \"450102\"")));
        assertThat(problem.message()).isEqualTo("4502X1：included_in 450102 须为同一市的县区");
        assertThat(problem.line()).isEqualTo(11);
    }

    @Test
    void aRootTheFilesDoNotHoldIsRefused() throws IOException {
        CatalogProblem problem = onlyProblem("450299", file("nation.yaml", NATION));
        assertThat(problem.message()).isEqualTo("根地区 lianggang.regions.root=450299 不在 schemas/regions 中");
    }

    @Test
    void refiningAFileThatIsNotThereIsRefused() throws IOException {
        CatalogProblem problem = onlyProblem(file("liuzhou.yaml", LIUZHOU));
        assertThat(problem.line()).isEqualTo(1);
        assertThat(problem.message()).startsWith("refines: nation.yaml 不是 schemas/regions 中未细化的地区文件");
    }

    @Test
    void aCsvNationalTableComposesWithACityFileRefiningIt() throws IOException {
        Path nation = file("nation.csv", csv(NATION));
        Regions regions = load("450200", nation, file("liuzhou.yaml", LIUZHOU.replace("nation.yaml", "nation.csv")));
        assertThat(regions.root().parentCode()).isEqualTo("450000");
        assertThat(regions.known("630103")).map(Region::name).contains("城中区");
        assertThat(regions.all()).hasSize(5);
    }

    @Test
    void aProblemInACsvTableNamesItsLine() throws IOException {
        Path nation = file("nation.csv", csv(NATION) + "450203,鱼峰区,county,450299\n450202,城中区,county,450200\n");
        CatalogException e = problems(nation);
        assertThat(e.problems()).extracting(CatalogProblem::toString).containsExactly(
                nation.toAbsolutePath() + ":15:1: 地区代码 450202 重复，亦见于 " + nation.toAbsolutePath()
                        + ":9:1（细化另一文件中的地区须写 refines:）",
                nation.toAbsolutePath() + ":14:1: 450203：上级代码 450299 不是已知地区");
    }

    /** The YAML list above as the CSV the national table is shipped as, after a comment and a header. */
    private static String csv(String yaml) {
        StringBuilder csv = new StringBuilder("# a national table in miniature\n# second comment\ncode,name,level,parent\n");
        yaml.lines().filter(l -> l.startsWith("  - ")).forEach(l -> csv.append(String.join(",",
                field(l, "code"), field(l, "name"), field(l, "level"), field(l, "parent"))).append('\n'));
        return csv.toString();
    }

    private static String field(String line, String key) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(key + ": \"?([^\",}]+)").matcher(line);
        return m.find() ? m.group(1) : "";
    }

    private Path file(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    private static Regions load(String root, Path... files) {
        return new RegionFiles(new CatalogLoader()).load(Arrays.asList(files), root);
    }

    private static CatalogException problems(Path... files) {
        return problems("450200", files);
    }

    private static CatalogException problems(String root, Path... files) {
        CatalogException e = catchThrowableOfType(CatalogException.class, () -> load(root, files));
        assertThat(e).as("the files are refused").isNotNull();
        return e;
    }

    private static CatalogProblem onlyProblem(Path... files) {
        return onlyProblem("450200", files);
    }

    private static CatalogProblem onlyProblem(String root, Path... files) {
        CatalogException e = problems(root, files);
        assertThat(e.problems()).hasSize(1);
        return e.problems().get(0);
    }
}
