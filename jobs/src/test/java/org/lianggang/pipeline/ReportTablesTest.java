package org.lianggang.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lianggang.catalog.Catalog;
import org.lianggang.catalog.SourceLayout;
import org.lianggang.catalog.ValueColumn;
import org.lianggang.ingest.IngestLauncher;
import org.lianggang.ingest.IngestOutcome;
import org.lianggang.warehouse.BuildLauncher;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The report tables on a small hand-made history of 孕产妇死亡率 (W1.01, ≤20/10万, change style percent,
 * tolerance 0.5) and 孕产妇系统管理率 (W1.03, ≥85%, points) for two counties, 柳江 (柳江县 450221 until 2016, then
 * 柳江区 450206) and 城中区, with every expected figure computed by hand in the comments.
 * City per 1,000,000 live births: 2010 300 deaths (30.0); 2016 250 (25.0); 2017 201 (20.1); 2018 98 of 500,000
 * (19.6); 2019 183 (18.3). No health export for 2011–2015.
 */
class ReportTablesTest extends PipelineTestBase {

    @Autowired
    IngestLauncher ingest;
    @Autowired
    BuildLauncher build;
    @Autowired
    Catalog catalog;

    /** The history is loaded once for all tests (they only read): the home is shared by the class. */
    private static boolean loaded;

    @BeforeEach
    void loadHistory() throws Exception {
        if (loaded) {
            return;
        }
        loaded = true;
        load(2010, "450221,柳江县,2010", 100, 400_000, 360_000, "450202,城中区,2010", 200, 600_000, 540_000);
        load(2016, "450221,柳江县,2016", 100, 400_000, 380_000, "450202,城中区,2016", 150, 600_000, 570_000);
        load(2017, "450206,柳江区,2017", 80, 400_000, 390_000, "450202,城中区,2017", 121, 600_000, 585_000);
        load(2018, "450206,柳江区,2018", 40, 200_000, 195_000, "450202,城中区,2018", 58, 300_000, 294_000);
        load(2019, "450206,柳江区,2019", 100, 400_000, 399_000, "450202,城中区,2019", 83, 600_000, 600_000);
        Path assessment = csv("assessment-2019.csv", "指标代码,年份,地区代码,地区,达标情况,说明\n"
                + "W1.07,2019,450200,柳州市,未达标,流动孕产妇管理未全覆盖\nW1.08,2019,450200,柳州市,达标,\n");
        assertThat(ingest.ingest(assessment, "assessment", 2019).status()).isEqualTo(IngestOutcome.Status.LOADED);
        Files.createDirectories(home.resolve("published"));
        Files.writeString(home.resolve("published/nanning-2019.csv"), String.join("\n",
                "plan_code,indicator_code,year,region_code,published_value,published_numerator,"
                        + "published_denominator,published_change,source_document",
                "women-2011-2020,W1.01,2019,450200,18.3,,,-6.6,2019年监测报告",
                "women-2011-2020,W1.03,2019,450200,99.9,,,2.2,2019年监测报告",
                "women-2011-2020,met_rate,2017,450201,77.51,37,49,,南宁2017年监测报告") + "\n");
        assertThat(build.build()).isEmpty();
    }

    /** 19.6 → 18.3: (18.3 − 19.6) / 19.6 = −6.63% → 比上年降低6.6%; against 2010's 30.0: −39.0%. */
    @Test
    void rateWithPercentStyleChangesRelatively() throws Exception {
        assertThat(city("W1.01", 2019, "round(value, 9), round(previous_value, 9), round(baseline_value, 9), change_text, status"))
                .containsExactly("18.3", "19.6", "30.0", "比上年降低6.6%，比2010年降低39.0%", "达标");
        assertThat(Double.parseDouble(city("W1.01", 2019, "change_vs_previous").get(0)))
                .isCloseTo(-6.6327, within(1e-4));
    }

    /** 97.8 → 99.9 is 比上年提高2.1个百分点; 90.0 in 2010 → 提高9.9个百分点. */
    @Test
    void rateWithPointsStyleChangesInPoints() throws Exception {
        assertThat(city("W1.03", 2019, "round(value, 9), round(previous_value, 9), change_text, gap_text"))
                .containsExactly("99.9", "97.8", "比上年提高2.1个百分点，比2010年提高9.9个百分点", "优于目标14.9个百分点");
        assertThat(Double.parseDouble(city("W1.03", 2019, "change_vs_previous").get(0)))
                .isCloseTo(2.1, within(1e-9));
    }

    /** Lower is better: 25.0 misses ≤20 by 5; 20.1 is within the 0.5 tolerance: 基本实现, counted as 达标. */
    @Test
    void lowerIsBetterTargetsAndTheTolerance() throws Exception {
        assertThat(city("W1.01", 2016, "status, round(gap_to_target, 9), gap_text"))
                .containsExactly("未达标", "5.0", "距目标差5个十万分点");
        assertThat(city("W1.01", 2017, "status, status_code, counts_as_met"))
                .containsExactly("基本实现", "basically_met", "true");
        assertThat(Pipeline.rows(home, "SELECT met, basically_met, achieved FROM report_summary WHERE year = 2017"
                + " AND region_code = '450200' AND plan_code = 'women-2011-2020' AND domain_code = 'W1'"))
                .containsExactly(List.of("1", "1", "2"));
    }

    @Test
    void yearWithoutAnExportIsNoDataAndSaysWhy() throws Exception {
        assertThat(city("W1.01", 2015, "value, status, change_text")).containsExactly(null, "无数据", null);
        assertThat(Pipeline.rows(home, "SELECT detail FROM data_quality WHERE check_code = 'indicator_no_data'"
                + " AND year = 2015 AND region_code = '450200' AND indicator_code = 'W1.01'"))
                .containsExactly(List.of("孕产妇死亡率无数据：未收到市卫健委《妇幼卫生年报（县区汇总）》2015年报表"));
        assertThat(Pipeline.rows(home, "SELECT received, completeness_label, regions_reported, regions_expected"
                + " FROM data_quality_completeness WHERE source_id = 'health' AND year IN (2015, 2016) ORDER BY year"))
                .containsExactly(List.of("false", "未报送", "0", "10"), List.of("true", "县区不全", "2", "10"));
    }

    @Test
    void qualitativeStatusComesFromTheAssessment() throws Exception {
        assertThat(city("W1.07", 2019, "status, status_basis, assessment_note"))
                .containsExactly("未达标", "assessment", "流动孕产妇管理未全覆盖");
        assertThat(city("W1.08", 2019, "status")).containsExactly("达标");
        assertThat(city("W1.09", 2019, "status")).containsExactly("无数据");
    }

    /** 柳江区's 2019 row takes 柳江县's 2010 value as baseline: 100 / 400,000 = 25.0/10万. */
    @Test
    void liujiangCountyBaselineIsCarriedIntoTheDistrict() throws Exception {
        assertThat(Pipeline.rows(home, "SELECT region_name, round(baseline_value, 9), round(value, 9), change_text_baseline"
                + " FROM report_indicator WHERE indicator_code = 'W1.01' AND year = 2019 AND region_code = '450206'"
                + " AND sex = 'T' AND area = 'total'"))
                .containsExactly(List.of("柳江区", "25.0", "25.0", "与2010年持平"));
    }

    /**
     * As of 2016: y0 = 30.0 (2010), yt = 25.0 (2016), yT = 20 (2020). CAGR observed = (25/30)^(1/6) − 1 = −0.029930;
     * required = (20/30)^(1/10) − 1 = −0.039736; lower is better: R = −1 × −0.029930 / 0.039736 = 0.7532, between
     * 0.60 and 0.95: acceleration needed; 2020 projection 25 × 0.970070^4 = 22.139.
     */
    @Test
    void progressOutlookOnAWorkedExample() throws Exception {
        List<String> row = Pipeline.rows(home, "SELECT base_year, latest_year, cagr_observed, cagr_required,"
                + " progress_ratio, projected_value, progress_status, progress_label FROM report_progress"
                + " WHERE indicator_code = 'W1.01' AND region_code = '450200' AND as_of_year = 2016").get(0);
        assertThat(row.subList(0, 2)).containsExactly("2010", "2016");
        assertThat(Double.parseDouble(row.get(2))).isCloseTo(-0.029930, within(1e-6));
        assertThat(Double.parseDouble(row.get(3))).isCloseTo(-0.039736, within(1e-6));
        assertThat(Double.parseDouble(row.get(4))).isCloseTo(0.7532, within(1e-4));
        assertThat(Double.parseDouble(row.get(5))).isCloseTo(22.139, within(1e-3));
        assertThat(row.subList(6, 8)).containsExactly("acceleration_needed", "需加快进度");
        assertThat(Pipeline.rows(home, "SELECT progress_status FROM report_progress WHERE indicator_code = 'W1.01'"
                + " AND region_code = '450200' AND as_of_year IN (2011, 2019) ORDER BY as_of_year"))
                .containsExactly(List.of("not_available"), List.of("target_achieved"));
    }

    /** 37/49 = 75.51%, printed 77.51%; W1.03's change is 2.1 points, printed 2.2; W1.01's 18.3 and −6.6 are right. */
    @Test
    void publishedFiguresAreChecked() throws Exception {
        assertThat(Pipeline.rows(home, "SELECT indicator_code, matches, problem FROM data_quality_published"
                + " ORDER BY figure_no")).containsExactly(
                Arrays.asList("W1.01", "true", null),
                List.of("W1.03", "false", "仓库计算的比上年变化2.1，印为2.2"),
                List.of("met_rate", "false", "37/49 = 75.51，印为77.51"));
        assertThat(Pipeline.count(home, "SELECT count(*) FROM data_quality WHERE check_code = 'published_mismatch'"))
                .isEqualTo(2);
    }

    /** The departments responsible for W1.01 and W1.03 list the unmet one with its gap. */
    @Test
    void departmentsAndCountiesListTheirUnmetIndicators() throws Exception {
        assertThat(Pipeline.rows(home, "SELECT unmet_indicators FROM report_department WHERE year = 2016"
                + " AND region_code = '450200' AND department = '市卫健委' AND plan_code = 'women-2011-2020'"))
                .containsExactly(List.of("W1.01 孕产妇死亡率（距目标差5个十万分点）"));
        // 2016 counties: 柳江 25.0/10万 (unmet), 城中区 150/600,000 = 25.0 (unmet); 95% and 95% 系统管理率 (met).
        assertThat(Pipeline.rows(home, "SELECT region_code, rank_in_plan FROM report_region WHERE year = 2016"
                + " AND plan_code = 'women-2011-2020' AND region_code IN ('450202', '450206', '450200')"
                + " ORDER BY region_code")).containsExactly(Arrays.asList("450200", null), List.of("450202", "1"),
                List.of("450206", "1"));
    }

    @Test
    void wideTrendTableHasOneColumnPerYear() throws Exception {
        assertThat(Pipeline.rows(home, "SELECT round(baseline_value, 9), round(y2010, 9), y2015, round(y2019, 9), latest_year,"
                + " change_text_period,"
                + " status FROM report_trend_wide WHERE indicator_code = 'W1.01' AND region_code = '450200'"
                + " AND sex = 'T' AND area = 'total'"))
                .containsExactly(Arrays.asList("30.0", "30.0", null, "18.3", "2019", "比2010年降低39.0%", "达标"));
    }

    private List<String> city(String indicator, int year, String columns) throws Exception {
        List<List<String>> rows = Pipeline.rows(home, "SELECT " + columns + " FROM report_indicator"
                + " WHERE plan_code = 'women-2011-2020' AND region_code = '450200' AND indicator_code = '"
                + indicator + "' AND year = " + year + " AND sex = 'T' AND area = 'total'");
        assertThat(rows).hasSize(1);
        return rows.get(0);
    }

    /** One health export: two county rows of (deaths, live births, systematically managed). */
    private void load(int year, String first, int deaths1, int births1, int managed1, String second, int deaths2,
                      int births2, int managed2) throws Exception {
        SourceLayout layout = catalog.source("health").orElseThrow();
        String header = "地区代码,地区,年份," + layout.values().stream().map(ValueColumn::header)
                .collect(Collectors.joining(","));
        String body = row(layout, first, deaths1, births1, managed1) + row(layout, second, deaths2, births2,
                managed2);
        Path file = csv("health-" + year + ".csv", header + "\n" + body);
        IngestOutcome outcome = ingest.ingest(file, "health", year);
        assertThat(outcome.status()).as(outcome.problems().toString()).isEqualTo(IngestOutcome.Status.LOADED);
    }

    private static String row(SourceLayout layout, String fields, int deaths, int births, int managed) {
        Map<String, Integer> cells = Map.of("maternal_deaths", deaths, "live_births", births,
                "maternal_sys_managed", managed);
        return fields + "," + layout.values().stream().map(v -> cells.containsKey(v.element())
                && "total".equals(v.area()) ? cells.get(v.element()).toString() : "").collect(Collectors.joining(","))
                + "\n";
    }
}
