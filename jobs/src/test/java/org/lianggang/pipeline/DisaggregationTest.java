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
import org.lianggang.report.ReportFilter;
import org.lianggang.report.ReportFormat;
import org.lianggang.report.ReportWriter;
import org.lianggang.warehouse.BuildLauncher;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

/**
 * 孕产妇死亡率 (W1.01, deaths ÷ live births × 100000) monitored by area, as the shipped catalog declares it
 * ({@code breakdowns: [area]}), here with a target for its 农村 row (≤22/10万, added to a copy of the catalog). Two
 * counties send 城市 and 农村 figures, a third only its total. Hand-computed, 2019: 城中区 0 urban deaths in 3,000
 * births, 1 rural in 1,000; 鱼峰区 1 urban in 2,000, 0 rural in 3,000; 柳北区 0 in 1,000 (no 城乡). 柳州市: 合计
 * 2/10,000 = 20.0; 城市 (0 + 1)/(3,000 + 2,000) = 20.0; 农村 (1 + 0)/(1,000 + 3,000) = 25.0; 城乡差距 25 − 20 = 5.0.
 * 2018: the same births, deaths 城中区 0 + 2, 鱼峰区 1 + 1: 城市 1/5,000 = 20.0, 农村 3/4,000 = 75.0, 差距 55.0.
 * 婴儿死亡率 (C1.01) is monitored here by sex too: 城中区 2019 女 4 deaths in 1,900 births, 男 6 in 2,100.
 */
@SpringBootTest(properties = "lianggang.cli.enabled=false")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class DisaggregationTest {

    @TempDir
    static Path home;

    private static final Path SCHEMAS = schemas();

    @Autowired
    IngestLauncher ingest;
    @Autowired
    BuildLauncher build;
    @Autowired
    ReportWriter reports;

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
        ingest("2018", counties("2018", 2, 1, 1));
        ingest("2019", counties("2019", 1, 1, 0) + String.join("\n",
                "450202,城中区,2019,infant_deaths,,,,10",
                "450202,城中区,2019,infant_deaths,女,,,4",
                "450202,城中区,2019,infant_deaths,男,,,6",
                "450202,城中区,2019,live_births,女,,,1900",
                "450202,城中区,2019,live_births,男,,,2100") + "\n");
        assertThat(build.build()).isEmpty();
        built = true;
    }

    /** The three counties' rows; 城中区 has no urban death, 鱼峰区 the one given, 柳北区 none and no 城乡 rows. */
    private static String counties(String year, int chengzhongRural, int yufengUrban, int yufengRural) {
        return String.join("\n",
                "450202,城中区," + year + ",live_births,,城市,,3000",
                "450202,城中区," + year + ",live_births,,农村,,1000",
                "450202,城中区," + year + ",live_births,,,,4000",
                "450202,城中区," + year + ",maternal_deaths,,城市,,0",
                "450202,城中区," + year + ",maternal_deaths,,农村,," + chengzhongRural,
                "450202,城中区," + year + ",maternal_deaths,,,," + chengzhongRural,
                "450203,鱼峰区," + year + ",live_births,,城市,,2000",
                "450203,鱼峰区," + year + ",live_births,,农村,,3000",
                "450203,鱼峰区," + year + ",live_births,,,,5000",
                "450203,鱼峰区," + year + ",maternal_deaths,,城市,," + yufengUrban,
                "450203,鱼峰区," + year + ",maternal_deaths,,农村,," + yufengRural,
                "450203,鱼峰区," + year + ",maternal_deaths,,,," + (yufengUrban + yufengRural),
                "450205,柳北区," + year + ",live_births,,,,1000",
                "450205,柳北区," + year + ",maternal_deaths,,,,0") + "\n";
    }

    private void ingest(String year, String rows) throws IOException {
        Path file = home.resolve("in/long-" + year + ".csv");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "地区代码,地区,年份,数据项,性别,城乡,年龄组,数值\n" + rows);
        IngestOutcome outcome = ingest.ingest(file, "data-values-long", Integer.parseInt(year));
        assertThat(outcome.status()).as(outcome.problems().toString()).isEqualTo(IngestOutcome.Status.LOADED);
    }

    /** Each breakdown row of the city is the ratio of its own summed parts, over the counties that reported it. */
    @Test
    void eachBreakdownRollsUpAsTheRatioOfItsSummedParts() throws Exception {
        load();
        assertThat(Pipeline.rows(home, "SELECT sex, area, numerator, denominator, round(value, 9), counties_reporting,"
                + " value_source FROM indicator_value WHERE indicator_code = 'W1.01' AND year = 2019"
                + " AND region_code = '450200' ORDER BY area")).containsExactly(
                List.of("T", "rural", "1.0", "4000.0", "25.0", "2", "sum_of_counties"),
                List.of("T", "total", "2.0", "10000.0", "20.0", "3", "sum_of_counties"),
                List.of("T", "urban", "1.0", "5000.0", "20.0", "2", "sum_of_counties"));
    }

    /**
     * The headline 20.0 meets ≤20; the 农村 row is held against its own target (25.0 > 22: 未达标, 鱼峰区's 0 meets
     * it), the 城市 row, which has none, is not judged.
     */
    @Test
    void aBreakdownTargetIsEvaluatedAndARowWithoutOneIsNotJudged() throws Exception {
        load();
        assertThat(Pipeline.rows(home, "SELECT breakdown_label, round(value, 6), target_value, status, previous_value"
                + " FROM report_indicator WHERE indicator_code = 'W1.01' AND year = 2019 AND region_code = '450200'"))
                .containsExactly(
                        List.of("合计", "20.0", "20.0", "达标", "40.0"),
                        java.util.Arrays.asList("城市", "20.0", null, "不设目标", "20.0"),
                        List.of("农村", "25.0", "22.0", "未达标", "75.0"));
        assertThat(Pipeline.rows(home, "SELECT region_code, status FROM indicator_status WHERE indicator_code = 'W1.01'"
                + " AND year = 2019 AND area = 'rural' AND region_code IN ('450202', '450203', '450205')"
                + " ORDER BY region_code")).containsExactly(
                List.of("450202", "unmet"), List.of("450203", "met"), List.of("450205", "no_data"));
        assertThat(Pipeline.rows(home, "SELECT detail FROM data_quality WHERE indicator_code = 'W1.01'"
                + " AND year = 2019 AND region_code = '450205'")).singleElement().asString()
                .contains("孕产妇死亡率（农村）无数据：").contains("没有该地区的“孕产妇死亡数”");
    }

    /**
     * The plan has 77 indicators whatever their breakdowns: W1.01 counts once, by its headline (达标), although its
     * 农村 row is 未达标; so do the 终期评估 counts.
     */
    @Test
    void aDisaggregatedIndicatorCountsOnceInTheSummary() throws Exception {
        load();
        assertThat(Pipeline.rows(home, "SELECT indicators, quantitative, met, unmet, no_data FROM report_summary"
                + " WHERE plan_code = 'women-2011-2020' AND year = 2019 AND region_code = '450200'"
                + " AND domain_code IS NULL")).containsExactly(List.of("77", "22", "1", "0", "76"));
        assertThat(Pipeline.rows(home, "SELECT indicators, met, unmet FROM report_evaluation_summary"
                + " WHERE plan_code = 'women-2011-2020' AND stage = 'final' AND region_code = '450200'"
                + " AND domain_code IS NULL")).containsExactly(List.of("77", "1", "0"));
        assertThat(Pipeline.rows(home, "SELECT breakdown_label, value_year, status_code FROM report_evaluation"
                + " WHERE plan_code = 'women-2011-2020' AND stage = 'final' AND region_code = '450200'"
                + " AND indicator_code = 'W1.01'")).containsExactly(
                List.of("合计", "2019", "met"), List.of("城市", "2019", "not_available"),
                List.of("农村", "2019", "unmet"));
    }

    /** 城乡差距 = 农村 − 城市: 25.0 − 20.0 = 5.0 个十万分点, narrowed from 55.0 in 2018 by 50.0; 农村 is 1.25 × 城市. */
    @Test
    void theGapBetweenRuralAndUrbanIsDerived() throws Exception {
        load();
        assertThat(Pipeline.rows(home, "SELECT dimension, round(total_value, 6), round(reference_value, 6),"
                + " round(compared_value, 6), round(gap, 6), gap_unit, round(gap_ratio, 6), round(previous_gap, 6),"
                + " round(gap_change_vs_previous, 6), gap_narrowed, gap_text FROM report_gap"
                + " WHERE plan_code = 'women-2011-2020' AND indicator_code = 'W1.01' AND year = 2019"
                + " AND region_code = '450200'")).containsExactly(List.of("area", "20.0", "20.0", "25.0", "5.0",
                "个十万分点", "1.25", "55.0", "-50.0", "true", "农村高于城市5个十万分点"));
        // 柳北区 sent no 城乡 figures: its gap is unknown, not 0
        assertThat(Pipeline.rows(home, "SELECT reference_value, compared_value, gap FROM report_gap"
                + " WHERE plan_code = 'women-2011-2020' AND indicator_code = 'W1.01' AND year = 2019"
                + " AND region_code = '450205'")).containsExactly(java.util.Arrays.asList(null, null, null));
    }

    /**
     * The published tables keep their shape: 监测统计表 has one row per indicator (the headline, no 性别/城乡 columns);
     * the 城市/农村 figures are in the 城乡·性别差距 table.
     */
    @Test
    void theExportsShowHeadlineRowsAndTheGapTable(@TempDir Path out) throws Exception {
        load();
        reports.write(new ReportFilter(2019, "women-2011-2020", "450200"), java.util.Set.of(ReportFormat.csv), out);
        List<String> indicators = Files.readAllLines(out.resolve("report_indicator.csv"));
        assertThat(indicators.get(0)).doesNotContain("性别").doesNotContain("城乡").doesNotContain("分组");
        assertThat(indicators).hasSize(1 + 77).filteredOn(line -> line.contains(",W1.01,")).singleElement()
                .asString().contains(",20.00,");
        assertThat(Files.readAllLines(out.resolve("report_gap.csv"))).hasSize(2).last().asString()
                .contains(",20.00,城市,20.00,农村,25.00,5.00,个十万分点,").endsWith("农村高于城市5个十万分点,1");
    }

    /**
     * 性别差距 = 女 − 男: 4/1,900 × 1000 = 2.105263 against 6/2,100 × 1000 = 2.857143, a gap of −0.751880 个千分点
     * (女低于男0.75个千分点); 女 is 0.736842 × 男. The 城乡 row of the same indicator has no figures in 城中区.
     */
    @Test
    void theGapBetweenGirlsAndBoysIsDerivedBesideTheAreaRow() throws Exception {
        load();
        assertThat(Pipeline.rows(home, "SELECT dimension, reference_label, round(reference_value, 6), compared_label,"
                + " round(compared_value, 6), round(gap, 6), round(gap_ratio, 6), gap_text FROM report_gap"
                + " WHERE plan_code = 'children-2011-2020' AND indicator_code = 'C1.01' AND year = 2019"
                + " AND region_code = '450202' ORDER BY dimension")).containsExactly(
                java.util.Arrays.asList("area", "城市", null, "农村", null, null, null, null),
                List.of("sex", "男", "2.857143", "女", "2.105263", "-0.75188", "0.736842", "女低于男0.75个千分点"));
        assertThat(Pipeline.rows(home, "SELECT breakdown_label, round(value, 6), status FROM report_indicator"
                + " WHERE indicator_code = 'C1.01' AND year = 2019 AND region_code = '450202'")).containsExactly(
                List.of("合计", "2.5", "达标"), java.util.Arrays.asList("城市", null, "不设目标"),
                java.util.Arrays.asList("农村", null, "不设目标"), List.of("女", "2.105263", "不设目标"),
                List.of("男", "2.857143", "不设目标"));
    }

    /** The shipped schemas, with a 农村 target for 孕产妇死亡率 and 婴儿死亡率 monitored by sex as well as area. */
    private static Path schemas() {
        try {
            Path dir = Files.createTempDirectory("lianggang-breakdowns");
            FileSystemUtils.copyRecursively(Pipeline.SCHEMAS, dir);
            Path plan = dir.resolve("catalog/women-2011-2020.yaml");
            String text = Files.readString(plan);
            String declared = "        breakdowns: [area]\n";
            assertThat(text).contains(declared);
            Files.writeString(plan, text.replaceFirst(java.util.regex.Pattern.quote(declared), declared
                    + "        breakdown_targets: {rural: {op: \"<=\", value: 22, text: \"农村控制在22/10万以下\"}}\n"));
            Path children = dir.resolve("catalog/children-2011-2020.yaml");
            String childrenText = Files.readString(children);
            assertThat(childrenText).contains(declared);
            Files.writeString(children, childrenText.replaceFirst(java.util.regex.Pattern.quote(declared),
                    "        breakdowns: [area, sex]\n"));
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
