package org.lianggang.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.lianggang.report.Presentation;
import org.lianggang.warehouse.DataDictionary;
import org.lianggang.warehouse.Warehouse;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * The demo end to end, through the real command line: generated export files → ingest job per file → Parquet →
 * DuckDB warehouse. The 2019 figures must be those of the seed report (shared/seeds/000_*.txt); 2021–2025 (the
 * second scenario) brings the 2025 中期评估 of the 2021–2030 plans. The demo's home is the shared one
 * ({@link DemoHome}): these tests only read it; the one that ingests again works on a copy.
 */
@ExtendWith({OutputCaptureExtension.class, DemoHome.class})
class DemoEndToEndTest {

    private static DemoHome.Built demo;
    private static Path home;
    private static String printed;

    @BeforeAll
    static void runDemo(DemoHome.Built built) {
        demo = built;
        home = built.home();
        printed = built.printed();
    }

    /** The 2019 table as the seed report prints it, then 2025: both new plans' 达标率 and their 中期评估 counts. */
    @Test
    void demoPrintsThe2019TableThenThe2025InterimEvaluation() {
        assertThat(printed).contains("demo：98 个样例导出表已写入")
                .contains("妇女规划: 77项指标, 达标59项, 未达标9项, 无数据9项, 总体达标率76.62%")
                .contains("儿童规划: 46项指标, 达标41项, 未达标5项, 无数据0项, 总体达标率89.13%");
        assertThat(printed.indexOf("2019年 柳州市 两纲监测达标情况")).isLessThan(printed.indexOf("2025年 柳州市 两纲监测达标情况"));
        assertThat(printed).contains("2025年 柳州市 两纲中期·终期评估")
                .containsPattern("妇女规划 中期评估: 37项指标, 达标\\d+项")
                .containsPattern("儿童规划 中期评估: 37项指标, 达标\\d+项.*未达标\\d+项.*按期可实现\\d+项.*需加快进度\\d+项");
    }

    /**
     * The "done when": report_summary has 2025 rows for both 2021–2030 plans (37 indicators each: 36 national,
     * 2 added, 1 dropped), report_evaluation interim rows for 2025, and the 2025 report (xlsx, html) its 中期评估.
     */
    @Test
    void year2025HasBothNewPlansAndTheirInterimEvaluation() throws Exception {
        assertThat(Pipeline.rows(home, "SELECT plan_code, indicators FROM report_summary WHERE year = 2025"
                + " AND region_code = '450200' AND domain_code IS NULL ORDER BY plan_code")).containsExactly(
                List.of("children-2021-2030", "37"), List.of("women-2021-2030", "37"));
        // 37 indicators × (the city and its 10 counties) per plan, headline rows (合计)
        assertThat(Pipeline.rows(home, "SELECT plan_code, count(*) FROM report_evaluation WHERE stage = 'interim'"
                + " AND stage_year = 2025 AND region_level IN ('city', 'county') AND sex = 'T' AND area = 'total'"
                + " GROUP BY plan_code ORDER BY 1"))
                .containsExactly(List.of("children-2021-2030", "407"), List.of("women-2021-2030", "407"));
        // the three child mortality rates against their 2025 lines (≤3.1‰, ≤5.2‰, ≤6.6‰), 托位数 below its 4.5
        assertThat(Pipeline.rows(home, "SELECT indicator_code, status_method, status_code FROM report_evaluation"
                + " WHERE stage = 'interim' AND region_code = '450200' AND sex = 'T' AND area = 'total'"
                + " AND indicator_code IN ('C21-1.01', 'C21-1.02',"
                + " 'C21-1.03', 'C21-4.01') ORDER BY indicator_code")).containsExactly(
                List.of("C21-1.01", "interim_target", "met"), List.of("C21-1.02", "interim_target", "met"),
                List.of("C21-1.03", "interim_target", "met"), List.of("C21-4.01", "interim_target", "unmet"));
        Path reports = home.resolve("reports/2025");
        assertThat(Files.readString(reports.resolve("index.html"))).contains("<section id=\"evaluation\">")
                .contains("<h2>中期评估 · Stage evaluation</h2>");
        // read-only: POI opened read-write saves the workbook again on close, into the shared home
        try (Workbook workbook = WorkbookFactory.create(reports.resolve("report-2025.xlsx").toFile(), null, true)) {
            assertThat(workbook.getSheet("中期评估·终期评估汇总")).isNotNull();
            assertThat(workbook.getSheet("中期评估·终期评估")).isNotNull();
        }
    }

    /** Counties differ from each other in what they meet in 2025 (each has its own bias in the new cycle). */
    @Test
    void countiesDifferInWhatTheyMeetIn2025() throws Exception {
        assertThat(Pipeline.count(home, "SELECT count(DISTINCT achieved) FROM report_summary WHERE year = 2025"
                + " AND region_level = 'county' AND domain_code IS NULL AND plan_code = 'children-2021-2030'"))
                .isGreaterThanOrEqualTo(4);
    }

    /** warehouse/README.md is generated from the warehouse's comments: regenerate it when a model changes. */
    @Test
    void committedDataDictionaryIsUpToDate() throws Exception {
        String generated = new DataDictionary(new Warehouse(home.resolve("warehouse.duckdb"), Pipeline.MODELS))
                .markdown();
        assertThat(Files.readString(Pipeline.MODELS.resolve("README.md")))
                .as("warehouse/README.md is stale: run scripts/lianggang demo, then scripts/lianggang dictionary --out warehouse/README.md")
                .isEqualTo(generated);
    }

    @Test
    void womenPlan2019MatchesTheSeedReport() throws Exception {
        try (Connection c = Pipeline.warehouse(home); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(summary("women-2011-2020"))) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt("indicators")).isEqualTo(77);
            assertThat(rs.getInt("quantitative")).isEqualTo(22);
            assertThat(rs.getInt("qualitative")).isEqualTo(55);
            assertThat(rs.getInt("met")).isEqualTo(59);
            assertThat(rs.getInt("unmet")).isEqualTo(9);
            assertThat(rs.getInt("no_data")).isEqualTo(9);
            assertThat(rs.getDouble("met_rate")).isCloseTo(100.0 * 59 / 77, within(1e-9));
            assertThat(new Presentation(2, RoundingMode.HALF_UP).percent(rs.getDouble("met_rate")))
                    .isEqualTo("76.62%");
        }
    }

    @Test
    void childrenPlan2019MatchesTheSeedReportInBothRoundingModes() throws Exception {
        try (Connection c = Pipeline.warehouse(home); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(summary("children-2011-2020"))) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt("indicators")).isEqualTo(46);
            assertThat(rs.getInt("quantitative")).isEqualTo(20);
            assertThat(rs.getInt("quantitative_met")).isEqualTo(19);
            assertThat(rs.getInt("qualitative")).isEqualTo(26);
            assertThat(rs.getInt("qualitative_met")).isEqualTo(22);
            assertThat(rs.getInt("met")).isEqualTo(41);
            assertThat(rs.getInt("no_data")).isZero();
            Presentation halfUp = new Presentation(2, RoundingMode.HALF_UP);
            Presentation truncate = new Presentation(2, RoundingMode.DOWN);
            assertThat(halfUp.percent(rs.getDouble("quantitative_met_rate"))).isEqualTo("95.00%");
            assertThat(halfUp.percent(rs.getDouble("qualitative_met_rate"))).isEqualTo("84.62%");
            assertThat(truncate.percent(rs.getDouble("qualitative_met_rate"))).isEqualTo("84.61%");
            assertThat(halfUp.percent(rs.getDouble("met_rate"))).isEqualTo("89.13%");
        }
    }

    @Test
    void sqlCommandReturnsTheSummaryAsCsv(CapturedOutput output) {
        int exit = Pipeline.run(home, "sql", "SELECT plan_code, year, region_code, domain_code, indicators,"
                + " quantitative, qualitative, met, unmet, no_data, met_rate FROM report_summary WHERE year = 2019"
                + " AND region_code = '450200' AND domain_code IS NULL ORDER BY plan_code", "--format", "csv");
        assertThat(exit).isZero();
        assertThat(output.getOut()).contains("plan_code,year,region_code,domain_code,indicators,quantitative,"
                + "qualitative,met,unmet,no_data,met_rate");
        assertThat(output.getOut()).contains("children-2011-2020,2019,450200,,46,20,26,41,5,0,89.13043478");
        assertThat(output.getOut()).contains("women-2011-2020,2019,450200,,77,22,55,59,9,9,76.62337662");
    }

    @Test
    void sqlCommandRefusesWrites() throws Exception {
        long before = Pipeline.count(home, "SELECT count(*) FROM report_summary");
        assertThat(Pipeline.run(home, "sql", "DELETE FROM report_summary")).isEqualTo(1);
        assertThat(Pipeline.count(home, "SELECT count(*) FROM report_summary")).isEqualTo(before);
    }

    @Test
    void liujiangCountyAndDistrictFormOneSeries() throws Exception {
        assertThat(Pipeline.rows(home, "SELECT DISTINCT region_code FROM fact_data_value WHERE year = 2010"
                + " AND region_code IN ('450221', '450206')")).containsExactly(List.of("450221"));
        assertThat(Pipeline.rows(home, "SELECT DISTINCT region_code FROM fact_data_value WHERE year = 2019"
                + " AND region_code IN ('450221', '450206')")).containsExactly(List.of("450206"));
        assertThat(Pipeline.count(home, "SELECT count(DISTINCT year) FROM indicator_value WHERE region_code ="
                + " '450206' AND indicator_code = 'W1.01'")).isEqualTo(11);
        assertThat(Pipeline.count(home, "SELECT count(*) FROM indicator_value WHERE region_code = '450221'"))
                .isZero();
        assertThat(Pipeline.rows(home, "SELECT DISTINCT counties_reporting FROM indicator_value WHERE region_code"
                + " = '450200' AND indicator_code = 'W1.01'")).containsExactly(List.of("10"));
    }

    @Test
    void cityRatiosEqualSummedCountyNumeratorsOverDenominators() throws Exception {
        assertThat(Pipeline.rows(home, """
                SELECT city.indicator_code, city.year, city.value, sum(county.numerator) / sum(county.denominator)
                       * any_value(i.factor) AS expected
                FROM indicator_value city
                JOIN indicator_value county USING (plan_code, indicator_code, sex, area, year)
                JOIN dim_indicator i USING (plan_code, indicator_code)
                WHERE city.level = 'city' AND county.level = 'county' AND i.method = 'ratio'
                GROUP BY ALL
                HAVING abs(city.value - expected) > 1e-9""")).isEmpty();
    }

    /**
     * The health exports' 城市 and 农村 columns add up to their 合计 in every row, county and city, every year; so the
     * city has a 城市 and a 农村 rate of each indicator the catalog monitors by area, and a 城乡差距 of each, while its
     * 合计 figures stay the seed report's.
     */
    @Test
    void urbanAndRuralAddUpToTheTotalAndGiveEveryAreaIndicatorAGap() throws Exception {
        assertThat(Pipeline.rows(home, """
                SELECT t.year, t.region_code, t.element, t.value, u.value, r.value
                FROM fact_data_value AS t
                JOIN fact_data_value AS u USING (year, region_code, element, sex, age_group)
                JOIN fact_data_value AS r USING (year, region_code, element, sex, age_group)
                WHERE t.area = 'total' AND u.area = 'urban' AND r.area = 'rural'
                  AND t.value IS DISTINCT FROM u.value + r.value""")).isEmpty();
        // 城市 and 农村 × 4 elements × (the city and its 10 counties) × 2010–2025; an empty cell is no figure
        assertThat(Pipeline.count(home, "SELECT count(*) FROM fact_data_value WHERE area <> 'total'"
                + " AND value IS NOT NULL")).isEqualTo(2L * 4 * 11 * 16);
        assertThat(Pipeline.rows(home, "SELECT plan_code, indicator_code, gap > 0 FROM report_gap"
                + " WHERE year = 2019 AND region_code = '450200' AND gap IS NOT NULL ORDER BY ALL")).containsExactly(
                List.of("children-2011-2020", "C1.01", "true"), List.of("children-2011-2020", "C1.02", "true"),
                List.of("women-2011-2020", "W1.01", "true"));
    }

    @Test
    void sameFileTwiceChangesNothing(CapturedOutput output, @TempDir Path copy) throws Exception {
        demo.copyTo(copy);
        Path file = copy.resolve("inbox/health/2019/health-2019.csv");
        List<Path> before = lakeFiles(copy);
        assertThat(Pipeline.run(copy, "ingest", file.toString(), "--source", "health", "--year", "2019")).isZero();
        assertThat(output.getOut()).contains("UNCHANGED health-2019.csv");
        assertThat(lakeFiles(copy)).isEqualTo(before);
    }

    private static List<Path> lakeFiles(Path home) throws Exception {
        try (Stream<Path> files = Files.walk(home.resolve("lake"))) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static String summary(String plan) {
        return "SELECT * FROM report_summary WHERE year = 2019 AND region_code = '450200' AND domain_code IS NULL"
                + " AND plan_code = '" + plan + "'";
    }
}
