package org.lianggang.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Given/expect for the annual monitoring table {@code warehouse/96_report_indicator.sql} and the view it shows,
 * {@code 60_indicator_report.sql}, run over {@code 40_indicator_status.sql} and the macros of
 * {@code 15_conventions.sql} on the given tables of {@code models/report_indicator_given.sql} (one county, baseline
 * 2020, 2021 and 2022), printed as the report prints them: 2 decimals, relative changes with 1, 上年.
 */
class ReportIndicatorModelTest {

    private static final Path GIVEN = Path.of("src/test/resources/models/report_indicator_given.sql");
    private static final List<Path> MODELS = List.of(GIVEN, GivenModels.WAREHOUSE.resolve("15_conventions.sql"),
            GivenModels.WAREHOUSE.resolve("40_indicator_status.sql"),
            GivenModels.WAREHOUSE.resolve("60_indicator_report.sql"),
            GivenModels.WAREHOUSE.resolve("96_report_indicator.sql"));

    @Test
    void aRateChangesInItsOwnPointsACountInPercent() throws Exception {
        assertThat(run("select indicator_code, area, previous_value, value, round(change_vs_previous, 4),"
                + " change_text_previous from report_indicator where year = 2021 and kind = 'quantitative'"))
                .containsExactly(
                        // 99.9 − 97.8 = 2.1 points of %
                        "R1 total 97.8 99.9 2.1 比上年提高2.1个百分点",
                        // a breakdown row changes like its headline: 98.5 − 96.0 = 2.5
                        "R1 rural 96.0 98.5 2.5 比上年提高2.5个百分点",
                        // 4.64 − 5.34 = −0.7 points of ‰
                        "R2 total 5.34 4.64 -0.7 比上年下降0.7个千分点",
                        // a count: (3537 − 3001) / 3001 × 100 = 536 / 30.01 = 17.8607 %, printed with 1 decimal
                        "N total 3001.0 3537.0 17.8607 比上年增长17.9%",
                        // a 1/10万 rate the catalog changes in percent: (18.3 − 19.6) / 19.6 × 100 = −6.6327 %
                        "M total 19.6 18.3 -6.6327 比上年降低6.6%",
                        // from 0 there is no relative change: neither figure nor words (the difference, 4, is kept)
                        "Z total 0.0 4.0 null null");
        assertThat(run("select indicator_code, round(diff_vs_previous, 4), round(pct_vs_previous, 4),"
                + " change_text_previous from report_indicator where year = 2022 and area = 'total'"
                + " and kind = 'quantitative'")).containsExactly(
                // equal to the previous year: 持平
                "R1 0.0 0.0 与上年持平",
                // 6.5 − 4.64 = 1.86; (1.86 / 4.64) × 100 = 40.0862 % is kept in pct_ but not the words of a rate
                "R2 1.86 40.0862 比上年提高1.86个千分点",
                // (3200 − 3537) / 3537 × 100 = −337 / 35.37 = −9.5278 %
                "N -337.0 -9.5278 比上年降低9.5%",
                "M 0.0 0.0 与上年持平",
                // no 2022 value: no change
                "Z null null null");
    }

    @Test
    void theBaselineYearHasNoChangeOnItselfAndLaterYearsAreComparedWithIt() throws Exception {
        assertThat(run("select year, indicator_code, baseline_value, round(change_vs_baseline, 4), change_text"
                + " from report_indicator where indicator_code in ('R2', 'N') order by indicator_code, year"))
                .containsExactly(
                        // change_text: the change on the previous year, then on the baseline, joined by '，'; the
                        // baseline year has neither
                        "2020 N 3001.0 null null",
                        // (3537 − 3001) / 3001 = 17.8607 % on both
                        "2021 N 3001.0 17.8607 比上年增长17.9%，比2020年增长17.9%",
                        // (3200 − 3001) / 3001 × 100 = 199 / 30.01 = 6.6311 %: up on 2020 though down on 2021
                        "2022 N 3001.0 6.6311 比上年降低9.5%，比2020年增长6.6%",
                        "2020 R2 5.34 null null",
                        "2021 R2 5.34 -0.7 比上年下降0.7个千分点，比2020年下降0.7个千分点",
                        // 6.5 − 5.34 = 1.16 points
                        "2022 R2 5.34 1.16 比上年提高1.86个千分点，比2020年提高1.16个千分点");
    }

    @Test
    void theGapToTheTargetIsWordedInTheIndicatorsUnit() throws Exception {
        assertThat(run("select indicator_code, area, target_text, target_note, round(gap_to_target, 4), gap_text,"
                + " status from report_indicator where year = 2022")).containsExactly(
                // 95 − 99.9 = −4.9: better than the target by 4.9 points
                "R1 total ≥95% 国家纲要目标 -4.9 优于目标4.9个百分点 达标",
                // no target of its own: no note, no gap (and no value in 2022)
                "R1 rural null null null null 不设目标",
                // 6.5 − 6 = 0.5 still to go down
                "R2 total ≤6‰ 本市规划目标 0.5 距目标差0.5个千分点 未达标",
                // 3000 − 3200 = −200; an unverified target is marked
                "N total ≥3000人 国家纲要目标，未核实※ -200.0 优于目标200人 达标",
                // 18.3 − 18 = 0.3
                "M total ≤18/10万 自治区规划目标 0.3 距目标差0.3个十万分点 未达标",
                "Z total ≥1个 本市规划目标 null null 无数据",
                // qualitative: the assessment's 2022 met
                "Q total 出台 本市规划目标 null null 达标");
    }

    @Test
    void theRowsComeInTheCatalogsOrderWithTheValueFlagsAsTheLastColumn() throws Exception {
        // indicator_order 1 … 6 (not the codes' order), the headline before its breakdown; flags from value_flag
        assertThat(run("select year, indicator_code, area, flags from report_indicator where year >= 2021"))
                .containsExactly(
                        "2021 R1 total null", "2021 R1 rural null", "2021 R2 total null", "2021 N total null",
                        "2021 M total pE", "2021 Z total null", "2021 Q total null",
                        "2022 R1 total r", "2022 R1 rural null", "2022 R2 total null", "2022 N total null",
                        "2022 M total null", "2022 Z total null", "2022 Q total null");
        assertThat(run("select list(column_name order by ordinal_position)[-3:] from information_schema.columns"
                + " where table_name = 'report_indicator'"))
                .containsExactly("[responsible_departments, indicator_order, flags]");
    }

    @Test
    void thePreviousYearIsNamedWhenSoConfigured() throws Exception {
        assertThat(run(Map.of("previous_year_wording", "year"), "select change_text from report_indicator"
                + " where year = 2022 and indicator_code = 'R1' and area = 'total'"))
                .containsExactly("与2021年持平，比2020年提高2.1个百分点");
    }

    private static List<String> run(String query) throws Exception {
        return run(Map.of(), query);
    }

    private static List<String> run(Map<String, String> settings, String query) throws Exception {
        Map<String, String> variables = GivenModels.defaultVariables();
        variables.putAll(settings);
        return GivenModels.rows(MODELS, variables, query);
    }
}
