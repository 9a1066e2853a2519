package org.lianggang.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Given/expect for {@code warehouse/50_report_summary.sql}, the 达标 tally and 达标率 the report prints, on an
 * in-memory DuckDB: the given headline rows of {@code models/report_summary_given.sql} and every count and rate,
 * hand-checked. A rate is the ratio of the counts, never an average of the domains' rates.
 */
class ReportSummaryModelTest {

    private static final Path GIVEN = Path.of("src/test/resources/models/report_summary_given.sql");
    private static final Path MODEL = GivenModels.WAREHOUSE.resolve("50_report_summary.sql");
    private static final String COUNTS = "select region_code, parent_code, domain_code, domain_name, indicators,"
            + " quantitative, qualitative, met, basically_met, unmet, no_data, monitorable, achieved, no_source,"
            + " not_reported, no_baseline, quantitative_met, qualitative_met from report_summary";
    private static final String RATES = "select region_code, domain_code, rate_denominator, round(met_rate, 4),"
            + " round(met_rate_all, 4), round(met_rate_monitorable, 4), round(quantitative_met_rate, 4),"
            + " round(qualitative_met_rate, 4) from report_summary";

    @Test
    void eachIndicatorCountsOnceByItsHeadlineRowForThePlanAndEachDomain() throws Exception {
        assertThat(run(Map.of(), COUNTS)).containsExactly(
                // the whole plan (domain NULL first): A–F; A's 农村 row is no seventh indicator. 达标 A, E;
                // 基本实现 B; 未达标 C; 无数据 D (未填报), F (取数困难); achieved = A, B, E; quantitative A, B met
                "450200 null null null 6 4 2 2 1 1 2 4 3 1 1 0 2 1",
                "450200 null D1 健康 4 3 1 1 1 1 1 3 2 0 1 0 2 0",
                "450200 null D2 教育 2 1 1 1 0 0 1 1 1 1 0 0 0 1",
                // the county is tallied on its own, under its parent: A 未达标, G 无数据 (基期无数据)
                "450206 450200 null null 2 2 0 0 0 1 1 1 0 0 0 1 0 0",
                "450206 450200 D1 健康 2 2 0 0 0 1 1 1 0 0 0 1 0 0");
    }

    @Test
    void theRateIsOverAllIndicatorsAsTheSeedReportOrOverTheMonitorableOnes() throws Exception {
        assertThat(run(Map.of(), RATES + " where region_code = '450200'")).containsExactly(
                // all: 3/6 = 50 %; monitorable 3/4 = 75 %; quantitative 2/4 = 50 %; qualitative 1/2 = 50 %
                // (the average of the domains' 50 % and 50 % happens to agree; their monitorable rates do not:
                // 66.67 and 100 average 83.33, the plan's is 75)
                "450200 null all 50.0 50.0 75.0 50.0 50.0",
                // D1: 2/4; monitorable 2/3 = 66.6667 %; quantitative 2/3; qualitative 0/1
                "450200 D1 all 50.0 50.0 66.6667 66.6667 0.0",
                // D2: 1/2; monitorable 1/1; quantitative 0/1; qualitative 1/1
                "450200 D2 all 50.0 50.0 100.0 0.0 100.0");
        assertThat(run(Map.of("rate_denominator", "monitorable"), RATES + " where region_code = '450200'"))
                .containsExactly(
                        // over the monitorable ones (NBS): 3/4; quantitative 2/3 (F has none); qualitative 1/1.
                        // D1's only qualitative indicator and D2's only quantitative one have no data: 0 of 0 is
                        // no rate (NULL), not 0 %
                        "450200 null monitorable 75.0 50.0 75.0 66.6667 100.0",
                        "450200 D1 monitorable 66.6667 50.0 66.6667 66.6667 null",
                        "450200 D2 monitorable 100.0 50.0 100.0 null 100.0");
    }

    private static List<String> run(Map<String, String> settings, String query) throws Exception {
        Map<String, String> variables = GivenModels.defaultVariables();
        variables.putAll(settings);
        return GivenModels.rows(List.of(GIVEN, MODEL), variables, query);
    }
}
