package org.lianggang.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lianggang.catalog.Catalog;
import org.lianggang.catalog.SourceLayout;
import org.lianggang.catalog.ValueColumn;
import org.lianggang.ingest.IngestLauncher;
import org.lianggang.ingest.IngestOutcome;
import org.lianggang.report.ReportFilter;
import org.lianggang.report.ReportFormat;
import org.lianggang.report.ReportWriter;
import org.lianggang.warehouse.BuildLauncher;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * The 2025 中期评估 and the road to 2030 on a small hand-made history of 城中区 450202 and 鱼峰区 450203, every
 * figure computed by hand. 宫颈癌筛查 (W21-1.05, ≥70% by 2030, no 2025 target): 2020 5,000 of 10,000 in each
 * county (city 50%); 2025 5,700 and 6,800 of 10,000 (city 12,500 / 20,000 = 62.5%). 托位数 per 1,000 residents
 * (C21-4.01, ≥4.5 in 2025): 2020 500 / 200,000 and 1,000 / 400,000 (2.5 everywhere); 2025 1,000 / 200,000 = 5.0
 * and 1,600 / 400,000 = 4.0 (city 2,600 / 600,000 = 4.333). 2024 has 宫颈癌筛查 only: 5,600 and 6,500 of 10,000
 * (city 60.5%). The bureau names on_track 预计如期实现 and names the previous year in a change (比2024年).
 */
@TestPropertySource(properties = {"lianggang.report.evaluation-labels.on-track=预计如期实现",
        "lianggang.report.previous-year-wording=year"})
class EvaluationTest extends PipelineTestBase {

    @Autowired
    IngestLauncher ingest;
    @Autowired
    BuildLauncher build;
    @Autowired
    Catalog catalog;
    @Autowired
    ReportWriter reports;

    private static boolean loaded;

    @BeforeEach
    void loadHistory() throws Exception {
        if (loaded) {
            return;
        }
        loaded = true;
        load("health-services", 2020, Map.of(
                "450202,城中区", Map.of("cervical_screening_women", 10_000, "cervical_screened", 5_000,
                        "childcare_places", 500),
                "450203,鱼峰区", Map.of("cervical_screening_women", 10_000, "cervical_screened", 5_000,
                        "childcare_places", 1_000)));
        load("health-services", 2025, Map.of(
                "450202,城中区", Map.of("cervical_screening_women", 10_000, "cervical_screened", 5_700,
                        "childcare_places", 1_000),
                "450203,鱼峰区", Map.of("cervical_screening_women", 10_000, "cervical_screened", 6_800,
                        "childcare_places", 1_600)));
        load("health-services", 2024, Map.of(
                "450202,城中区", Map.of("cervical_screening_women", 10_000, "cervical_screened", 5_600),
                "450203,鱼峰区", Map.of("cervical_screening_women", 10_000, "cervical_screened", 6_500)));
        for (int year : new int[] {2020, 2025}) {
            load("population", year, Map.of("450202,城中区", Map.of("resident_population", 200_000),
                    "450203,鱼峰区", Map.of("resident_population", 400_000)));
        }
        assertThat(build.build()).isEmpty();
    }

    /**
     * 托位数 has a 2025 target (≥4.5): 城中区 5.0 达标, 鱼峰区 4.0 and the city 4.333 未达标, 0.5 and 0.167 short of it;
     * at the final stage the same 2025 values are held against the 2030 target (also ≥4.5).
     */
    @Test
    void anInterimTargetJudgesThe2025Value() throws Exception {
        assertThat(Pipeline.rows(home, "SELECT region_code, baseline_value, value_year, round(value, 3), target_year,"
                + " target_value, round(gap_to_target, 3), status_method, status_code, status FROM report_evaluation"
                + " WHERE indicator_code = 'C21-4.01' AND stage = 'interim' AND region_code IN ('450200', '450202',"
                + " '450203') ORDER BY region_code")).containsExactly(
                List.of("450200", "2.5", "2025", "4.333", "2025", "4.5", "0.167", "interim_target", "unmet", "未达标"),
                List.of("450202", "2.5", "2025", "5.0", "2025", "4.5", "-0.5", "interim_target", "met", "达标"),
                List.of("450203", "2.5", "2025", "4.0", "2025", "4.5", "0.5", "interim_target", "unmet", "未达标"));
        assertThat(Pipeline.rows(home, "SELECT stage_year, target_year, status_method, status_code"
                + " FROM report_evaluation WHERE indicator_code = 'C21-4.01' AND stage = 'final'"
                + " AND region_code = '450200'")).containsExactly(List.of("2030", "2030", "final_target", "unmet"));
    }

    /**
     * 宫颈癌筛查 has no 2025 target: the outlook toward ≥70 by 2030. R = ((v / 50)^(1/5) − 1) / ((70 / 50)^(1/10) − 1):
     * city 62.5 → 1.334 (on track, named 预计如期实现 by the setting), 城中区 57 → 0.776 (需加快进度), 鱼峰区 68 → 1.854.
     * At the final stage the city's 62.5 is 7.5 short of 70: 未达标.
     */
    @Test
    void withoutAnInterimTargetTheStatusIsTheOutlookToward2030() throws Exception {
        assertThat(Pipeline.rows(home, "SELECT region_code, baseline_value, round(value, 3), target_year, target_value,"
                + " round(progress_ratio, 3), status_method, status_code, status FROM report_evaluation"
                + " WHERE indicator_code = 'W21-1.05' AND stage = 'interim' AND region_code IN ('450200', '450202',"
                + " '450203') ORDER BY region_code")).containsExactly(
                List.of("450200", "50.0", "62.5", "2030", "70.0", "1.334", "progress", "on_track", "预计如期实现"),
                List.of("450202", "50.0", "57.0", "2030", "70.0", "0.776", "progress", "acceleration_needed",
                        "需加快进度"),
                List.of("450203", "50.0", "68.0", "2030", "70.0", "1.854", "progress", "on_track", "预计如期实现"));
        assertThat(Pipeline.rows(home, "SELECT value_year, value, gap_to_target, status_method, status"
                + " FROM report_evaluation WHERE indicator_code = 'W21-1.05' AND stage = 'final'"
                + " AND region_code = '450200'")).containsExactly(List.of("2025", "62.5", "7.5", "final_target",
                "未达标"));
        assertThat(Pipeline.rows(home, "SELECT value FROM report_setting WHERE setting = 'evaluation_label_on_track'"))
                .containsExactly(List.of("预计如期实现"));
    }

    /**
     * With previous-year-wording: year the change on 2024 names it: 60.5 → 62.5 is 比2024年提高2个百分点; the baseline
     * 50 → 62.5 比2020年提高12.5个百分点.
     */
    @Test
    void thePreviousYearIsNamedWhenTheSettingSaysSo() throws Exception {
        assertThat(Pipeline.rows(home, "SELECT round(previous_value, 6), change_text FROM report_indicator"
                + " WHERE indicator_code = 'W21-1.05' AND year = 2025 AND region_code = '450200'")).containsExactly(
                List.of("60.5", "比2024年提高2个百分点，比2020年提高12.5个百分点"));
        assertThat(Pipeline.rows(home, "SELECT value FROM report_setting WHERE setting = 'previous_year_wording'"))
                .containsExactly(List.of("year"));
    }

    /**
     * The summary counts each status. The city plans hold 37 indicators each (36 national, 2 added, 1 dropped); the
     * women's 健康 domain 13 (12 national + 妇女常见病筛查率), the children's 儿童与福利 7 (5 national + 2 added). In 2025
     * the city's 健康 domain has 宫颈癌筛查 on track and 12 without data, its 儿童与福利 domain 托位数 未达标 and 6
     * without data; 城中区's whole plans: 托位数 达标 and 宫颈癌筛查 需加快进度, 36 without data each.
     */
    @Test
    void theSummaryCountsEachStatusPerDomainAndPlan() throws Exception {
        String columns = "SELECT plan_code, domain_code, indicators, met, unmet, on_track, acceleration_needed,"
                + " no_data FROM report_evaluation_summary WHERE stage = 'interim' AND stage_year = 2025";
        assertThat(Pipeline.rows(home, columns + " AND region_code = '450200' AND domain_code IN ('W21-1', 'C21-4')"
                + " ORDER BY plan_code")).containsExactly(
                List.of("children-2021-2030", "C21-4", "7", "0", "1", "0", "0", "6"),
                List.of("women-2021-2030", "W21-1", "13", "0", "0", "1", "0", "12"));
        assertThat(Pipeline.rows(home, columns + " AND region_code = '450202' AND domain_code IS NULL"
                + " ORDER BY plan_code")).containsExactly(
                Arrays.asList("children-2021-2030", null, "37", "1", "0", "0", "0", "36"),
                Arrays.asList("women-2021-2030", null, "37", "0", "0", "0", "1", "36"));
    }

    /**
     * The workbook of 2025 carries the 中期评估 sheets (the summary, then the rows: the city's 托位数 未达标 among them);
     * 2024 is no evaluation year, and its workbook has none.
     */
    @Test
    void theWorkbookOfAnEvaluationYearCarriesTheEvaluationSheets() throws Exception {
        Path dir = home.resolve("evaluation-report");
        List<Path> files = reports.write(new ReportFilter(2025, null, "450200"), Set.of(ReportFormat.xlsx), dir);
        try (Workbook workbook = WorkbookFactory.create(files.get(0).toFile())) {
            Sheet summary = workbook.getSheet("中期评估·终期评估汇总");
            Sheet rows = workbook.getSheet("中期评估·终期评估");
            assertThat(summary).isNotNull();
            assertThat(workbook.getSheetIndex(summary)).isLessThan(workbook.getSheetIndex(rows));
            assertThat(summary.getRow(0).getCell(1).getStringCellValue()).isEqualTo("评估阶段");
            List<String> childcare = new ArrayList<>();
            for (Row row : rows) {
                if ("C21-4.01".equals(text(row, 10))) {
                    childcare.add(text(row, 1) + " " + text(row, 28));
                }
            }
            // the stage as the workbook words it (schemas/report/labels.yaml: interim → 中期评估)
            assertThat(childcare).containsExactly("中期评估 未达标");
        }
        List<Path> year2024 = reports.write(new ReportFilter(2024, null, "450200"), Set.of(ReportFormat.xlsx),
                home.resolve("report-2024"));
        try (Workbook workbook = WorkbookFactory.create(year2024.get(0).toFile())) {
            assertThat(workbook.getSheet("中期评估·终期评估")).isNull();
            assertThat(workbook.getSheet("中期评估·终期评估汇总")).isNull();
            assertThat(workbook.getSheet("监测统计表")).isNotNull();
        }
    }

    /**
     * The HTML page of 2025 has a 中期评估 section: per plan, 37 indicators; the women's 宫颈癌筛查 named as the setting
     * names on_track, the children's 托位数 未达标, 36 without data each. The page of 2024 has no such section.
     */
    @Test
    void theHtmlPageOfAnEvaluationYearHasTheEvaluationSection() throws Exception {
        List<Path> files = reports.write(new ReportFilter(2025, null, "450200"), Set.of(ReportFormat.html),
                home.resolve("evaluation-html"));
        String page = Files.readString(files.get(0));
        String section = page.substring(page.indexOf("<section id=\"evaluation\">"),
                page.indexOf("</section>", page.indexOf("<section id=\"evaluation\">")));
        assertThat(section).contains("<h2>中期评估 · Stage evaluation</h2>")
                .contains("<tr data-plan=\"women-2021-2030\"><td>妇女规划</td><td>中期评估</td><td>37</td><td><ul>"
                        + "<li class=\"on-track\"><b>1</b>预计如期实现</li><li class=\"no-data\"><b>36</b>无数据</li>")
                .contains("<tr data-plan=\"children-2021-2030\"><td>儿童规划</td><td>中期评估</td><td>37</td><td><ul>"
                        + "<li class=\"unmet\"><b>1</b>未达标</li><li class=\"no-data\"><b>36</b>无数据</li>");
        List<Path> year2024 = reports.write(new ReportFilter(2024, null, "450200"), Set.of(ReportFormat.html),
                home.resolve("html-2024"));
        assertThat(Files.readString(year2024.get(0))).doesNotContain("id=\"evaluation\"");
    }

    private static String text(Row row, int column) {
        return row.getCell(column) == null ? null : row.getCell(column).getStringCellValue();
    }

    /** A county row per region with the given elements; every other column of the layout left blank. */
    private void load(String source, int year, Map<String, Map<String, Integer>> regions) throws Exception {
        SourceLayout layout = catalog.requireSource(source);
        StringBuilder text = new StringBuilder("地区代码,地区,年份," + layout.values().stream().map(ValueColumn::header)
                .collect(Collectors.joining(",")) + "\n");
        regions.keySet().stream().sorted().forEach(region -> text.append(region).append(',').append(year)
                .append(layout.values().stream().map(c -> c.sex().equals("T") && c.area().equals("total") && regions.get(region)
                        .containsKey(c.element()) ? regions.get(region).get(c.element()).toString() : "")
                        .collect(Collectors.joining(",", ",", "\n"))));
        Path file = csv(source + "-" + year + ".csv", text.toString());
        IngestOutcome outcome = ingest.ingest(file, source, year);
        assertThat(outcome.status()).as(outcome.problems().toString()).isEqualTo(IngestOutcome.Status.LOADED);
    }
}
