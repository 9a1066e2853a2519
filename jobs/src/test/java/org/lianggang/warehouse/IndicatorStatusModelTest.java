package org.lianggang.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Given/expect for the central model {@code warehouse/40_indicator_status.sql} on an in-memory DuckDB: the given
 * tables (test resource {@code models/indicator_status_given.sql}: plan p, baseline 2020, target 2021; a city, a
 * county with a former code, two zones; five indicators, one with breakdowns), the model as the build runs it, and
 * each status rule on rows checked by hand.
 */
class IndicatorStatusModelTest {

    private static final Path MODEL = GivenModels.WAREHOUSE.resolve("40_indicator_status.sql");
    private static final Path GIVEN = Path.of("src/test/resources/models/indicator_status_given.sql");
    private static final String COLUMNS = "select region_code, year, value, target_op, target_low, status,"
            + " status_label, counts_as_met, baseline_value, previous_value from indicator_status";

    @Test
    void everyCurrentSeriesRegionHasEveryMonitoredRowInEveryPlanYear() throws Exception {
        // 7 monitored rows (A 合计/农村/城市, B, C, D, E) × 2 years (2020, 2021) = 14 per region; 柳江县 450221 is
        // a former code (its rows are 450206's series) and the zone 450250 is in no export: neither has rows
        assertThat(run("select region_code, count(*) from indicator_status group by all order by all"))
                .containsExactly("450200 14", "450206 14", "450251 14");
    }

    @Test
    void aTargetToReachIsMetAtItBasicallyMetWithinTheToleranceUnmetBelow() throws Exception {
        assertThat(run(COLUMNS + " where indicator_code = 'A' and area = 'total' and region_code <> '450251'"
                + " order by region_code, year")).containsExactly(
                // 88.9 < 90 − 1 = 89: beyond the tolerance
                "450200 2020 88.9 >= 90.0 unmet 未达标 false 88.9 null",
                // round(89.9999999, 6) = 90.000000 ≥ 90: compared at 6 decimals; previous = 2020's 88.9
                "450200 2021 89.9999999 >= 90.0 met 达标 true 88.9 88.9",
                // 89.0 ≥ 90 − 1 = 89 (the bound is in): 基本实现, counted as 达标 (basically_met_counts true); the
                // baseline year has no previous value
                "450206 2020 89.0 >= 90.0 basically_met 基本实现 true 89.0 null",
                // 180 / 200 × 100 = 90.0 ≥ 90: met at the target itself
                "450206 2021 90.0 >= 90.0 met 达标 true 89.0 89.0");
    }

    @Test
    void aCeilingIsMetAtOrBelowItBasicallyMetWithinTheToleranceUnmetAbove() throws Exception {
        assertThat(run(COLUMNS + " where indicator_code = 'B' and region_code <> '450251'"
                + " order by region_code, year")).containsExactly(
                // 20.000000000000004 rounds to 20.000000 ≤ 20: met, not "above 20" (and so not merely 基本实现)
                "450200 2020 20.000000000000004 <= 20.0 met 达标 true 20.000000000000004 null",
                // no value in 2021: 无数据, never counted; its baseline and previous year are still shown
                "450200 2021 null <= 20.0 no_data 无数据 false 20.000000000000004 20.000000000000004",
                // 41 / 200000 × 10万 = 20.5 ≤ 20 + 0.5 (the bound is in): 基本实现
                "450206 2020 20.5 <= 20.0 basically_met 基本实现 true 20.5 null",
                // 103 / 500000 × 10万 = 20.6 > 20.5: beyond the tolerance
                "450206 2021 20.6 <= 20.0 unmet 未达标 false 20.5 20.5");
    }

    @Test
    void aTargetAgainstTheBaselineIsEachRegionsOwnBaselineValueSoChanged() throws Exception {
        assertThat(run(COLUMNS + " where indicator_code = 'C' and region_code <> '450251'"
                + " order by region_code, year")).containsExactly(
                // no 2020 value: no target (下降20% of nothing), so even 2021's 5.0 cannot be judged
                "450200 2020 null <= null no_data 无数据 false null null",
                "450200 2021 5.0 <= null no_data 无数据 false null null",
                // target = round(10.0 × (1 − 20 / 100), 6) = 8.0; the baseline year itself: 10.0 > 8.0
                "450206 2020 10.0 <= 8.0 unmet 未达标 false 10.0 null",
                // 8.0 ≤ 8.0; no tolerance, so nothing between met and unmet
                "450206 2021 8.0 <= 8.0 met 达标 true 10.0 10.0");
    }

    @Test
    void aReportedValueWithoutItsBaselineIsNoBaselineNeverNotReported() throws Exception {
        assertThat(run("select region_code, year, value, status, no_data_reason from indicator_status"
                + " where indicator_code = 'C' and region_code = '450200' order by year")).containsExactly(
                // the baseline year itself has no value: 未填报 (c_num is carried)
                "450200 2020 null no_data not_reported",
                // 5.0 came, but 下降20% of a missing 2020 value is no target: 基期无数据, not 未填报
                "450200 2021 5.0 no_data no_baseline");
    }

    @Test
    void aQualitativeIndicatorTakesTheAssessmentOfItsSeries() throws Exception {
        assertThat(run("select region_code, year, status, status_label, counts_as_met, status_basis,"
                + " assessment_note, no_data_reason from indicator_status where indicator_code = 'D'"
                + " order by region_code, year")).containsExactly(
                "450200 2020 unmet 未达标 false assessment 尚未出台 null",
                // an assessed 基本实现 counts as 达标 like a computed one
                "450200 2021 basically_met 基本实现 true assessment 已起草待印发 null",
                // no assessment for 2020; an assessment layout exists (dim_source wcc): 未填报
                "450206 2020 no_data 无数据 false assessment null not_reported",
                // filed by 柳江县 under its former code 450221: the series 450206's
                "450206 2021 met 达标 true assessment 已出台实施方案 null",
                "450251 2020 no_data 无数据 false assessment null not_reported",
                "450251 2021 met 达标 true assessment null null");
    }

    @Test
    void aBreakdownRowIsHeldAgainstTheTargetOfItsOwnValueOrNone() throws Exception {
        assertThat(run("select year, area, value, target_op, target_low, status, status_label, counts_as_met,"
                + " no_data_reason, baseline_value, previous_value from indicator_status"
                + " where indicator_code = 'A' and area <> 'total' and region_code = '450206' order by all"))
                .containsExactly(
                        // 农村 2020: no value, its elements carried by the health layout: 未填报
                        "2020 rural null >= 85.0 no_data 无数据 false not_reported null null",
                        // 城市 has no target of its own: 不设目标 with or without a value, never 无数据, never counted
                        "2020 urban null null null no_target 不设目标 false null null null",
                        // 84 / 100 × 100 = 84.0 < 85; 农村's own target has no tolerance (the headline's 1 is not
                        // its), so not 基本实现; no 2020 农村 value: no baseline, no previous year
                        "2021 rural 84.0 >= 85.0 unmet 未达标 false null null null",
                        "2021 urban 95.0 null null no_target 不设目标 false null null null");
    }

    @Test
    void noDataIsNoSourceWhenAnElementIsCarriedByNoLayoutElseNotReported() throws Exception {
        assertThat(run("select indicator_code, area, no_data_reason, count(*) from indicator_status"
                + " where status = 'no_data' group by all order by all")).containsExactly(
                // 农村: 450200 2020, 2021; 450206 2020; 450251 2020, 2021
                "A rural not_reported 5",
                // 合计: only the zone 450251 lacks it (2 years)
                "A total not_reported 2",
                // B: 450200 2021, 450251 2020, 2021
                "B total not_reported 3",
                // C: 450200 2021 has 5.0 but no baseline value (基期无数据, below); 450200 2020, 450251 both years
                "C total no_baseline 1",
                "C total not_reported 3",
                // D: 450206 2020, 450251 2020
                "D total not_reported 2",
                // E: e_num is carried but e_den by no layout and never arrived: 取数困难 for all 3 regions × 2 years
                "E total no_source 6");
    }

    @Test
    void basicallyMetIsNotCountedAsMetWhenSoConfigured() throws Exception {
        assertThat(run(Map.of("basically_met_counts", "false"), "select region_code, year, indicator_code, status,"
                + " counts_as_met from indicator_status where status in ('met', 'basically_met') order by all"))
                .containsExactly(
                        "450200 2020 B met true",
                        "450200 2021 A met true",
                        "450200 2021 D basically_met false",
                        "450206 2020 A basically_met false",
                        "450206 2020 B basically_met false",
                        "450206 2021 A met true",
                        "450206 2021 C met true",
                        "450206 2021 D met true",
                        "450251 2021 D met true");
    }

    private static List<String> run(String query) throws Exception {
        return run(Map.of(), query);
    }

    private static List<String> run(Map<String, String> settings, String query) throws Exception {
        Map<String, String> variables = GivenModels.defaultVariables();
        variables.putAll(settings);
        return GivenModels.rows(List.of(GIVEN, MODEL), variables, query);
    }
}
