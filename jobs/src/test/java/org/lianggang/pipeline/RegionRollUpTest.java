package org.lianggang.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lianggang.ingest.IngestLauncher;
import org.lianggang.ingest.IngestOutcome;
import org.lianggang.warehouse.BuildLauncher;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

/**
 * A deployment whose root is a province (lianggang.regions.root=450000) over the hand-made two-city file
 * {@code regions/two-cities/}: roll-ups county → city → province by the ratio of summed parts, checked against
 * hand-computed figures (W1.03 孕产妇系统管理率 = 系统管理人数 ÷ 活产数 × 100).
 */
@SpringBootTest(properties = {"lianggang.cli.enabled=false", "lianggang.regions.root=450000"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class RegionRollUpTest {

    @TempDir
    static Path home;

    private static final Path SCHEMAS = schemas();

    @Autowired
    IngestLauncher ingest;
    @Autowired
    BuildLauncher build;

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        registry.add("lianggang.home", () -> home.toString());
        registry.add("lianggang.schemas", SCHEMAS::toString);
        registry.add("lianggang.models", Pipeline.MODELS::toString);
    }

    /** The one build the tests share (a static flag: JUnit makes one instance per test method). */
    private static boolean built;

    private void load() throws Exception {
        if (built) {
            return;
        }
        // 2018: 甲地区 reports only its own row; 2019: counties, zones and 柳州's own life expectancy
        ingest("2018", """
                450202,城中区,2018,live_births,,,,1000
                450202,城中区,2018,maternal_sys_managed,,,,800
                459800,甲地区,2018,live_births,,,,100
                459800,甲地区,2018,maternal_sys_managed,,,,90
                """);
        ingest("2019", """
                450202,城中区,2019,live_births,,,,1000
                450202,城中区,2019,maternal_sys_managed,,,,900
                450203,鱼峰区,2019,live_births,,,,3000
                450203,鱼峰区,2019,maternal_sys_managed,,,,2850
                4502X1,柳东新区,2019,live_births,,,,500
                4502X1,柳东新区,2019,maternal_sys_managed,,,,490
                4502X9,示例新区,2019,live_births,,,,500
                4502X9,示例新区,2019,maternal_sys_managed,,,,400
                459901,甲一区,2019,live_births,,,,2000
                459901,甲一区,2019,maternal_sys_managed,,,,1800
                459921,甲二县,2019,live_births,,,,1000
                459921,甲二县,2019,maternal_sys_managed,,,,700
                450202,城中区,2019,life_expectancy,女,,,80
                450203,鱼峰区,2019,life_expectancy,女,,,81
                450200,柳州市,2019,life_expectancy,女,,,79.5
                """);
        assertThat(build.build()).isEmpty();
        built = true;
    }

    private void ingest(String year, String rows) throws IOException {
        Path file = home.resolve("in/long-" + year + ".csv");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "地区代码,地区,年份,数据项,性别,城乡,年龄组,数值\n" + rows);
        IngestOutcome outcome = ingest.ingest(file, "data-values-long", Integer.parseInt(year));
        assertThat(outcome.status()).as(outcome.problems().toString()).isEqualTo(IngestOutcome.Status.LOADED);
    }

    /**
     * 柳州 (900 + 2850 + 400) / (1000 + 3000 + 500) = 4150/4500 (the separate zone counted, the included one not);
     * 甲市 (1800 + 700) / (2000 + 1000) = 2500/3000; 广西 6650/7500 — not the mean of the city rates.
     */
    @Test
    void provinceEqualsSumOverCitiesEqualsSumOverCounties() throws Exception {
        load();
        assertThat(Pipeline.rows(home, "SELECT region_code, level, numerator, denominator, round(value, 9),"
                + " counties_reporting, value_source FROM indicator_value WHERE indicator_code = 'W1.03'"
                + " AND year = 2019 AND level IN ('province', 'city') ORDER BY region_code")).containsExactly(
                List.of("450000", "province", "6650.0", "7500.0", "88.666666667", "5", "sum_of_units"),
                List.of("450200", "city", "4150.0", "4500.0", "92.222222222", "3", "sum_of_units"),
                List.of("459900", "city", "2500.0", "3000.0", "83.333333333", "2", "sum_of_counties"));
    }

    @Test
    void aZoneInsideACountysFiguresIsShownButCountedOnce() throws Exception {
        load();
        assertThat(Pipeline.rows(home, "SELECT region_code, round(value, 9), value_source FROM indicator_value"
                + " WHERE indicator_code = 'W1.03' AND year = 2019 AND level = 'zone' ORDER BY region_code"))
                .containsExactly(List.of("4502X1", "98.0", "zone"), List.of("4502X9", "80.0", "zone"));
        assertThat(Pipeline.count(home, "SELECT count(*) FROM report_region WHERE year = 2019"
                + " AND region_code = '4502X1'")).isEqualTo(2);
    }

    /** 2018: 甲地区's own row stands for the series 459900; 广西 = (800 + 90) / (1000 + 100). */
    @Test
    void aCityThatChangedCodeIsOneSeriesAndRollsUp() throws Exception {
        load();
        assertThat(Pipeline.rows(home, "SELECT year, region_code, round(value, 9), value_source FROM indicator_value"
                + " WHERE indicator_code = 'W1.03' AND region_code IN ('459800', '459900', '450000')"
                + " AND year = 2018 ORDER BY region_code")).containsExactly(
                List.of("2018", "450000", "80.909090909", "sum_of_units"),
                List.of("2018", "459900", "90.0", "reported"));
    }

    /** Life expectancy is reported, never summed: 柳州 keeps its own 79.5, 甲市 and 广西 have none. */
    @Test
    void reportedValuesAreNeverSummed() throws Exception {
        load();
        assertThat(Pipeline.rows(home, "SELECT region_code, value, value_source FROM indicator_value"
                + " WHERE indicator_code = 'W1.06' AND year = 2019 AND level <> 'county' ORDER BY region_code"))
                .containsExactly(List.of("450200", "79.5", "reported"));
        assertThat(Pipeline.rows(home, "SELECT status FROM indicator_status WHERE indicator_code = 'W1.06'"
                + " AND year = 2019 AND region_code = '450000'")).containsExactly(List.of("no_data"));
        assertThat(Pipeline.rows(home, "SELECT detail FROM data_quality WHERE check_code = 'indicator_no_data'"
                + " AND indicator_code = 'W1.06' AND year = 2019 AND region_code = '450000'")).singleElement()
                .asString().contains("妇女人均预期寿命无数据").contains("年报表中没有该地区的");
    }

    @Test
    void regionsAreRankedAmongTheirSiblings() throws Exception {
        load();
        assertThat(Pipeline.rows(home, "SELECT region_code, region_level, parent_code, rank_in_plan IS NOT NULL"
                + " FROM report_region WHERE year = 2019 AND plan_code = 'women-2011-2020'"
                + " AND region_level IN ('province', 'city') ORDER BY region_code")).containsExactly(
                java.util.Arrays.asList("450000", "province", null, "false"),
                List.of("450200", "city", "450000", "true"),
                List.of("459900", "city", "450000", "true"));
        assertThat(Pipeline.rows(home, "SELECT DISTINCT parent_code FROM report_indicator WHERE year = 2019"
                + " AND region_code IN ('459901', '459921')")).containsExactly(List.of("459900"));
    }

    /** The HTML report's "regions below" chart: a province shows its cities, a city its counties, a county its peers. */
    @Test
    void theHtmlReportShowsTheRegionsBelowTheReportRegion() throws Exception {
        load();
        assertThat(regionsBelow(null)).containsExactlyInAnyOrder("柳州市", "甲市");
        assertThat(regionsBelow("450000")).containsExactlyInAnyOrder("柳州市", "甲市");
        assertThat(regionsBelow("459900")).containsExactlyInAnyOrder("甲一区", "甲二县");
        assertThat(regionsBelow("459901")).containsExactlyInAnyOrder("甲一区", "甲二县");
    }

    private static List<String> regionsBelow(String region) throws Exception {
        String sql = resource("/report/html/counties.sql");
        List<String> names = new java.util.ArrayList<>();
        // no --region: the report is about the root, as ReportRegion resolves it
        String shown = region != null ? region
                : Pipeline.rows(home, resource("/report/root-region.sql")).get(0).get(0);
        try (var c = Pipeline.warehouse(home); var s = c.prepareStatement(sql)) {
            s.setInt(1, 2019);
            s.setString(2, "women-2011-2020");
            s.setString(3, shown);
            try (var rs = s.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString("region_name"));
                }
            }
        }
        return names;
    }

    private static Path schemas() {
        try {
            Path dir = Files.createTempDirectory("lianggang-two-cities");
            for (String part : List.of("catalog", "sources")) {
                copy(Pipeline.SCHEMAS.resolve(part), dir.resolve(part));
            }
            copy(Path.of("src/test/resources/regions/two-cities"), dir.resolve("regions"));
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        FileSystemUtils.copyRecursively(from, to);
    }

    private static String resource(String path) throws Exception {
        try (var in = RegionRollUpTest.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }
}
