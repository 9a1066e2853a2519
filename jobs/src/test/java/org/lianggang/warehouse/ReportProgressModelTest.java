package org.lianggang.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Given/expect for {@code warehouse/80_report_progress.sql} (will each target be met by 2025?) on an in-memory
 * DuckDB: the given tables of {@code models/report_progress_given.sql} (baseline 2020, target 2025, indicator_status
 * as given) and the outlook at every as-of year, hand-checked: CAGR observed = (yt / y0)^(1 / (t − t0)) − 1, CAGR
 * required = (yT / y0)^(1 / (T − t0)) − 1, R = d × observed / |required|, thresholds 0.95 and 0.60.
 */
class ReportProgressModelTest {

    private static final Path GIVEN = Path.of("src/test/resources/models/report_progress_given.sql");
    private static final Path MODEL = GivenModels.WAREHOUSE.resolve("80_report_progress.sql");
    private static final String COLUMNS = "select as_of_year, region_code, direction, base_year, base_value,"
            + " latest_year, latest_value, round(cagr_observed, 6), round(cagr_required, 6),"
            + " round(progress_ratio, 6), round(projected_value, 4), progress_status, progress_label"
            + " from report_progress";

    @Test
    void aSeriesFromTheBaselineIsJudgedAtEachAsOfYearByItsLatestValue() throws Exception {
        assertThat(run(COLUMNS + " where indicator_code = 'K'")).containsExactly(
                // required: (243 / 32)^(1/5) − 1 = 1.5 − 1 = 0.5 throughout. As of 2021 (no 2021 value) the latest
                // value is the base itself: no growth observed, no outlook
                "2021 450206 1 2020 32.0 2020 32.0 null 0.5 null null not_available 无法判断",
                // (72 / 32)^(1/2) − 1 = 1.5 − 1 = 0.5; R = 0.5 / 0.5 = 1 ≥ 0.95; 72 × 1.5^3 = 243
                "2022 450206 1 2020 32.0 2022 72.0 0.5 0.5 1.0 243.0 on_track 按期可实现",
                // no 2023 value (the 农村 row's 999 is no headline figure): still 2022's
                "2023 450206 1 2020 32.0 2022 72.0 0.5 0.5 1.0 243.0 on_track 按期可实现",
                // (50 / 32)^(1/4) − 1 = 1.5625^(1/4) − 1 = √1.25 − 1 = 0.118034; R = 0.118034 / 0.5 = 0.236068,
                // in [0, 0.60); 50 × 1.118034 = 55.9017
                "2024 450206 1 2020 32.0 2024 50.0 0.118034 0.5 0.236068 55.9017 limited_progress 进展有限",
                // 243 ≥ 243 is met (status met): achieved, whatever R (here (243 / 32)^(1/5) − 1 = 0.5, R = 1)
                "2025 450206 1 2020 32.0 2025 243.0 0.5 0.5 1.0 243.0 target_achieved 已实现目标");
    }

    @Test
    void lowerIsBetterAndTheBaseIsTheFirstYearWithData() throws Exception {
        assertThat(run(COLUMNS + " where indicator_code = 'L'")).containsExactly(
                // nothing up to 2021, 2022: no rows; base 2023 = 25 for all three; required (16 / 25)^(1/2) − 1 =
                // 0.8 − 1 = −0.2, d = −1
                "2023 450200 -1 2023 25.0 2023 25.0 null -0.2 null null not_available 无法判断",
                "2023 450206 -1 2023 25.0 2023 25.0 null -0.2 null null not_available 无法判断",
                "2023 450222 -1 2023 25.0 2023 25.0 null -0.2 null null not_available 无法判断",
                // 30 / 25 − 1 = +0.2 (worse); R = −1 × 0.2 / 0.2 = −1 < 0; 30 × 1.2 = 36
                "2024 450200 -1 2023 25.0 2024 30.0 0.2 -0.2 -1.0 36.0 deterioration 出现倒退",
                // 20 / 25 − 1 = −0.2; R = −1 × −0.2 / 0.2 = 1 ≥ 0.95; 20 × 0.8 = 16
                "2024 450206 -1 2023 25.0 2024 20.0 -0.2 -0.2 1.0 16.0 on_track 按期可实现",
                // 21 / 25 − 1 = −0.16; R = 0.16 / 0.2 = 0.8 in [0.60, 0.95); 21 × 0.84 = 17.64
                "2024 450222 -1 2023 25.0 2024 21.0 -0.16 -0.2 0.8 17.64 acceleration_needed 需加快进度",
                // no 2025 value: as of 2025 the outlook is 2024's
                "2025 450200 -1 2023 25.0 2024 30.0 0.2 -0.2 -1.0 36.0 deterioration 出现倒退",
                "2025 450206 -1 2023 25.0 2024 20.0 -0.2 -0.2 1.0 16.0 on_track 按期可实现",
                "2025 450222 -1 2023 25.0 2024 21.0 -0.16 -0.2 0.8 17.64 acceleration_needed 需加快进度");
    }

    @Test
    void aZeroIsTakenAsOneThousandthAndProjectsNothing() throws Exception {
        assertThat(run(COLUMNS + " where indicator_code = 'Z' and as_of_year = 2021")).containsExactly(
                // observed 1 / 0.001 − 1 = 999; required (10 / 0.001)^(1/5) − 1 = 10^0.8 − 1 = 6.309573 − 1 =
                // 5.309573; R = 999 / 5.309573 = 188.150707; no projection from a base of 0
                "2021 450206 1 2020 0.0 2021 1.0 999.0 5.309573 188.150707 null on_track 按期可实现");
    }

    @Test
    void aTargetAgainstTheBaselineIsEachRegionsOwnAndWithoutABaselineCannotBeJudged() throws Exception {
        assertThat(run("select as_of_year, region_code, base_year, base_value, target_value, latest_year,"
                + " latest_value, round(cagr_observed, 6), round(cagr_required, 6), round(progress_ratio, 6),"
                + " round(projected_value, 4), progress_status, progress_note from report_progress"
                + " where indicator_code = 'C' order by region_code, as_of_year")).containsExactly(
                // 450206: target 10 × (1 − 20%) = 8; required 0.8^(1/5) − 1 = −0.043648, d = −1; as of 2021 the
                // value 8 meets it (status met): achieved; observed 8 / 10 − 1 = −0.2, R = 0.2 / 0.043648 =
                // 4.582164; 8 × 0.8^4 = 3.2768; the 2021 value stays the latest through 2025
                "2021 450206 2020 10.0 8.0 2021 8.0 -0.2 -0.043648 4.582164 3.2768 target_achieved null",
                "2022 450206 2020 10.0 8.0 2021 8.0 -0.2 -0.043648 4.582164 3.2768 target_achieved null",
                "2023 450206 2020 10.0 8.0 2021 8.0 -0.2 -0.043648 4.582164 3.2768 target_achieved null",
                "2024 450206 2020 10.0 8.0 2021 8.0 -0.2 -0.043648 4.582164 3.2768 target_achieved null",
                "2025 450206 2020 10.0 8.0 2021 8.0 -0.2 -0.043648 4.582164 3.2768 target_achieved null",
                // 450222: no 2020 value, so no target of its own: base 2021 = 9, no outlook, and the note says why;
                // as of 2022 the growth is observed (8.5 / 9 − 1 = −0.055556; 8.5 × 0.944444^3 = 7.1606)
                "2021 450222 2021 9.0 null 2021 9.0 null null null null not_available 基期无数据，以基期为基数的目标无法确定",
                "2022 450222 2021 9.0 null 2022 8.5 -0.055556 null null 7.1606 not_available 基期无数据，以基期为基数的目标无法确定",
                "2023 450222 2021 9.0 null 2022 8.5 -0.055556 null null 7.1606 not_available 基期无数据，以基期为基数的目标无法确定",
                "2024 450222 2021 9.0 null 2022 8.5 -0.055556 null null 7.1606 not_available 基期无数据，以基期为基数的目标无法确定",
                "2025 450222 2021 9.0 null 2022 8.5 -0.055556 null null 7.1606 not_available 基期无数据，以基期为基数的目标无法确定");
    }

    @Test
    void onlyQuantitativeHeadlinesWithAThresholdTargetHaveAnOutlook() throws Exception {
        // B (between) and Q (qualitative) have none; K and Z have 5 as-of years (2021–2025) in 450206, L 3
        // (2023–2025) in each region, C 5 in each of its two; a county's parent is the city's series code
        assertThat(run("select indicator_code, region_code, parent_code, count(*) from report_progress"
                + " group by all order by all")).containsExactly(
                "C 450206 450200 5", "C 450222 450200 5",
                "K 450206 450200 5", "L 450200 null 3", "L 450206 450200 3", "L 450222 450200 3",
                "Z 450206 450200 5");
    }

    private static List<String> run(String query) throws Exception {
        return GivenModels.rows(List.of(GIVEN, MODEL), GivenModels.defaultVariables(), query);
    }
}
