package org.lianggang.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lianggang.catalog.Catalog;
import org.lianggang.catalog.Region;
import org.lianggang.catalog.RegionLevel;
import org.lianggang.ingest.IngestLauncher;
import org.lianggang.ingest.IngestOutcome;
import org.lianggang.warehouse.BuildLauncher;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * data_quality on a lake that holds only long-format files (schemas/sources/data-values-long.yaml), as a province
 * sending its counties' figures would: 2019 with 孕产妇死亡数, 活产数 and 孕产妇系统管理人数 for every county
 * (鱼峰区 reports 0 live births, 柳南区 leaves its deaths blank), women's 人均预期寿命 for the counties only, and
 * 妇女常见病实查人数 and 应查人数 from one county each; the same for 2031, a year after every plan ended (the 2011–2020
 * plans in 2020, the 2021–2030 ones in 2030). Every finding must be true of the loaded data.
 */
class DataQualityTest extends PipelineTestBase {

    private static final String ZERO_BIRTHS = "450203";
    private static final String BLANK_DEATHS = "450204";
    private static final String SCREENED_ONLY = "450202";
    private static final String SCREENING_DUE_ONLY = "450205";
    private static final String LONG_EXPORT = "任一部门或省级汇总《数据值长表（地区 × 数据项 × 分组，一行一个值）》";

    @Autowired
    IngestLauncher ingest;
    @Autowired
    BuildLauncher build;
    @Autowired
    Catalog catalog;

    /** Loaded once for all tests (they only read): the home is shared by the class. */
    private static boolean loaded;
    /** What the load of 2031 said. */
    private static IngestOutcome outcome2031;

    @BeforeEach
    void loadLongFiles() throws Exception {
        if (loaded) {
            return;
        }
        loaded = true;
        load(2019);
        outcome2031 = load(2031);
        assertThat(build.build()).isEmpty();
    }

    /**
     * The long layout declares no elements, so no plan needs it; no plan is active in 2031. Every layout a plan's
     * indicators use is still expected in every plan year, the assessment while a plan has qualitative indicators:
     * in the 2011–2020 cycle (2010–2020) the five layouts of the old plans, and in 2020, the new cycle's baseline,
     * also the three layouts only the 2021–2030 plans use.
     */
    @Test
    void onlyLayoutsAnActivePlanNeedsAreReportedAsNotReceived() throws Exception {
        assertThat(Pipeline.rows(home, "SELECT source_id, min(year), max(year), count(*) FROM data_quality"
                + " WHERE check_code = 'file_missing' AND year <= 2020 GROUP BY source_id ORDER BY source_id"))
                .containsExactly(
                List.of("assessment", "2010", "2020", "11"), List.of("civil-affairs", "2010", "2020", "11"),
                List.of("education", "2010", "2020", "11"), List.of("health", "2010", "2020", "11"),
                List.of("health-services", "2020", "2020", "1"), List.of("population", "2020", "2020", "1"),
                List.of("school-health", "2020", "2020", "1"), List.of("statistics", "2010", "2020", "11"));
        assertThat(Pipeline.rows(home, "SELECT source_id, year, expected, completeness, completeness_label"
                + " FROM data_quality_completeness WHERE source_id IN ('data-values-long', 'health')"
                + " AND year IN (2018, 2019, 2031) ORDER BY source_id, year")).containsExactly(
                List.of("data-values-long", "2018", "false", "not_expected", "无需报送"),
                List.of("data-values-long", "2019", "false", "complete", "完整"),
                List.of("data-values-long", "2031", "false", "complete", "完整"),
                List.of("health", "2018", "true", "missing", "未报送"),
                List.of("health", "2019", "true", "missing", "未报送"),
                List.of("health", "2031", "false", "not_expected", "无需报送"));
    }

    /**
     * The counties' figures are in a loaded file, so for 孕产妇死亡率 (W1.01) and 孕产妇系统管理率 (W1.03) no finding
     * may say an export was not received: 鱼峰区's denominator is 0 and 柳南区's deaths are blank, nothing else. The
     * city's 人均预期寿命 (reported, never summed from the counties) is missing because the file has no city row.
     */
    @Test
    void anElementALoadedFileCarriesIsNeverCalledMissing() throws Exception {
        assertThat(Pipeline.rows(home, "SELECT region_code, indicator_code, source_id, detail FROM data_quality"
                + " WHERE check_code = 'indicator_no_data' AND year = 2019 AND indicator_code IN ('W1.01', 'W1.03')"
                + " ORDER BY region_code, indicator_code")).containsExactly(
                List.of(ZERO_BIRTHS, "W1.01", "data-values-long", "孕产妇死亡率无数据：分母“活产数”为0"),
                List.of(ZERO_BIRTHS, "W1.03", "data-values-long", "孕产妇系统管理率无数据：分母“活产数”为0"),
                List.of(BLANK_DEATHS, "W1.01", "data-values-long", "孕产妇死亡率无数据：“孕产妇死亡数”报告为缺失（空白）"));
        assertThat(Pipeline.rows(home, "SELECT region_code, source_id, detail FROM data_quality"
                + " WHERE check_code = 'indicator_no_data' AND year = 2019 AND indicator_code = 'W1.06'"))
                .containsExactly(List.of("450200", "data-values-long", "妇女人均预期寿命无数据：" + LONG_EXPORT
                        + "2019年报表中没有该地区的“人均预期寿命”"));
        // 婴儿死亡数 is in no loaded file: that the health export was not received is the true reason.
        assertThat(Pipeline.rows(home, "SELECT source_id, detail FROM data_quality WHERE check_code = 'indicator_no_data'"
                + " AND year = 2019 AND region_code = '450202' AND indicator_code = 'C1.01'"))
                .containsExactly(List.of("health", "婴儿死亡率无数据：未收到市卫健委《妇幼卫生年报（县区汇总）》2019年报表"));
        // Both parts of 纯母乳喂养率 are in that export: the one reason is said once, not for each part.
        assertThat(Pipeline.rows(home, "SELECT source_id, detail FROM data_quality WHERE check_code = 'indicator_no_data'"
                + " AND year = 2019 AND region_code = '450202' AND indicator_code = 'C1.07'"))
                .containsExactly(List.of("health",
                        "0—6个月婴儿纯母乳喂养率无数据：未收到市卫健委《妇幼卫生年报（县区汇总）》2019年报表"));
    }

    /** The city's ratios are sums over its counties (4 deaths in 50,000 births; 52,250 of 53,000 managed): no finding. */
    @Test
    void theCityHasNoFindingForARatioItsCountiesCarry() throws Exception {
        assertThat(Pipeline.rows(home, "SELECT status FROM indicator_status WHERE year = 2019"
                + " AND region_code = '450200' AND indicator_code IN ('W1.01', 'W1.03') AND sex = 'T'"
                + " AND area = 'total' ORDER BY indicator_code"))
                .containsExactly(List.of("met"), List.of("met"));
        assertThat(Pipeline.count(home, "SELECT count(*) FROM data_quality WHERE region_code = '450200'"
                + " AND year = 2019 AND indicator_code IN ('W1.01', 'W1.03')")).isZero();
    }

    /**
     * 妇女常见病筛查率 (W1.02): 城中区 sends only the screened, 柳北区 only the women due: each county lacks the other
     * part, and the city, which sums counties that reported both, has none.
     */
    @Test
    void aRatioWhosePartsComeFromDifferentCountiesSaysWhichPartEachLacks() throws Exception {
        assertThat(Pipeline.rows(home, "SELECT region_code, detail FROM data_quality WHERE year = 2019"
                + " AND indicator_code = 'W1.02' AND region_code IN ('450200', '450202', '450205') ORDER BY region_code"))
                .containsExactly(
                        List.of("450200", "妇女常见病筛查率无数据：没有县区同时报告“妇女常见病实查人数”和“妇女常见病应查人数”"),
                        List.of(SCREENED_ONLY, "妇女常见病筛查率无数据：" + LONG_EXPORT
                                + "2019年报表中没有该地区的“妇女常见病应查人数”"),
                        List.of(SCREENING_DUE_ONLY, "妇女常见病筛查率无数据：" + LONG_EXPORT
                                + "2019年报表中没有该地区的“妇女常见病实查人数”"));
    }

    /**
     * The 2031 file is loaded (its values are facts), but no plan's cycle covers 2031: the load warns, and
     * data_quality names the file, the year and how many values no indicator uses. 42 values: the 10 counties valid
     * in 2031 (柳江区, not 柳江县) each send 活产数, 孕产妇死亡数 (柳南区's blank, stored as missing), 孕产妇系统管理人数
     * and 人均预期寿命 (40), and one county each a screening figure (2).
     */
    @Test
    void aYearNoMonitoredPlanCoversIsAFindingNamingTheFile() throws Exception {
        assertThat(outcome2031.problems()).singleElement().asString().isEqualTo("values-2031.csv:0:: "
                + "YEAR_OUTSIDE_PLANS 2031年不在任何监测规划的年度内（2010—2020年、2020—2030年）：照常导入，但不用于任何指标，见"
                        + " data_quality");
        assertThat(Pipeline.count(home, "SELECT count(*) FROM fact_data_value WHERE year = 2031")).isEqualTo(42);
        assertThat(Pipeline.rows(home, "SELECT severity, year, source_id, plan_code IS NULL AND region_code IS NULL"
                + " AND indicator_code IS NULL, detail FROM data_quality WHERE check_code = 'year_outside_plans'"))
                .containsExactly(List.of("warning", "2031", "data-values-long", "true", "values-2031.csv：2031年的42个数值不在任何监测规划的"
                        + "年度内（2010—2020年、2020—2030年），未用于任何指标"));
        assertThat(Pipeline.count(home, "SELECT count(*) FROM indicator_value WHERE year = 2031")).isZero();
    }

    /** One long file: every county valid that year, except for the two defects named above. */
    private IngestOutcome load(int year) throws Exception {
        StringBuilder csv = new StringBuilder("地区代码,地区,年份,数据项,性别,城乡,年龄组,数值\n");
        int n = 0;
        for (Region county : catalog.regions().all()) {
            if (county.level() != RegionLevel.COUNTY || !county.validIn(year)) {
                continue;
            }
            n++;
            String region = county.code() + "," + county.name() + "," + year + ",";
            csv.append(region).append("活产数,,,,").append(county.code().equals(ZERO_BIRTHS) ? 0 : 1000 * n)
                    .append('\n');
            csv.append(region).append("孕产妇死亡数,,,,").append(county.code().equals(BLANK_DEATHS) ? "" : n % 2)
                    .append('\n');
            csv.append(region).append("孕产妇系统管理人数,,,,").append(950 * n).append('\n');
            csv.append(region).append("life_expectancy,女,,,").append(80 + n / 10.0).append('\n');
            if (county.code().equals(SCREENED_ONLY)) {
                csv.append(region).append("women_screened,,,,900\n");
            }
            if (county.code().equals(SCREENING_DUE_ONLY)) {
                csv.append(region).append("women_screening_due,,,,1000\n");
            }
        }
        IngestOutcome outcome = ingest.ingest(csv("values-" + year + ".csv", csv.toString()), "data-values-long",
                year);
        assertThat(outcome.status()).as(outcome.problems().toString()).isEqualTo(IngestOutcome.Status.LOADED);
        return outcome;
    }
}
