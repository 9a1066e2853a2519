package org.lianggang.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFChart;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code lianggang report} on the demo warehouse through the real command line: the workbook and CSV files read
 * back hold the 2019 figures of the seed report, the Word report writes the seed report's sentences and converts in
 * LibreOffice, and the HTML page renders in headless Chromium with every chart
 * drawn and no script error (the screenshot is kept in target/report-2019.png). The demo's home is a copy of the
 * shared one ({@link DemoHome}): the report publishes 2019 again.
 */
@ExtendWith(DemoHome.class)
class ReportEndToEndTest {

    @TempDir
    static Path home;
    static Path reports;

    @BeforeAll
    static void demoAndReport(DemoHome.Built demo) throws Exception {
        demo.copyTo(home);
        assertThat(Pipeline.run(home, "report", "--year", "2019")).isZero();
        reports = home.resolve("reports/2019");
    }

    @Test
    void workbookHoldsTheSeedReportRatesOf2019() throws Exception {
        List<String> columns = summaryColumns();
        try (InputStream in = Files.newInputStream(reports.resolve("report-2019.xlsx"));
             XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet summary = workbook.getSheetAt(0);
            assertThat(summary.getPaneInformation().isFreezePane()).isTrue();
            List<String> rates = new ArrayList<>();
            DataFormatter shown = new DataFormatter();
            for (Row row : summary) {
                if (row.getRowNum() > 0 && text(row, columns.indexOf("region_code")).equals("450200")
                        && text(row, columns.indexOf("domain_code")).isEmpty()) {
                    Cell rate = row.getCell(columns.indexOf("met_rate"));
                    rates.add(text(row, columns.indexOf("plan_code")) + " " + rate.getNumericCellValue() + " "
                            + shown.formatCellValue(rate));
                }
            }
            assertThat(rates).containsExactlyInAnyOrder("《柳州市妇女发展规划（2011—2020年）》 76.62 76.62",
                    "《柳州市儿童发展规划（2011—2020年）》 89.13 89.13");
        }
    }

    /**
     * The workbook shows codes as schemas/report/labels.yaml words them (the CSV keeps the codes), with the region's
     * name beside its code: 市级 for city,
     * 全部指标 for the rate denominator all, 是 for true, the wide trend table's y2010 as 2010年, and a load's commit
     * time in local time, not UTC.
     */
    @Test
    void workbookShowsCodesInChinese() throws Exception {
        List<String> columns = summaryColumns();
        try (InputStream in = Files.newInputStream(reports.resolve("report-2019.xlsx"));
             XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Row city = workbook.getSheetAt(0).getRow(1);
            assertThat(text(city, columns.indexOf("region_level"))).isEqualTo("市级");
            // the names beside the codes: the whole plan's row has no domain
            assertThat(text(city, columns.indexOf("region_name"))).isEqualTo("柳州市");
            assertThat(text(city, columns.indexOf("domain_name"))).isEmpty();
            assertThat(text(city, columns.indexOf("rate_denominator"))).isEqualTo("全部指标");
            // a plan by its name from the catalog (dim_plan), the CSV keeps the code (below)
            assertThat(text(city, columns.indexOf("plan_code"))).isIn("《柳州市妇女发展规划（2011—2020年）》",
                    "《柳州市儿童发展规划（2011—2020年）》");
            List<String> cells = new ArrayList<>();
            for (Sheet sheet : workbook) {
                sheet.forEach(row -> row.forEach(cell -> cells.add(cell.toString())));
            }
            assertThat(cells).contains("是", "否", "县区", "2010年", "2020年", "《柳州市妇女发展规划（2011—2020年）》",
                            "《柳州市儿童发展规划（2011—2020年）》")
                    .doesNotContain("city", "county", "quantitative", "qualitative", "women-2011-2020",
                            "children-2011-2020")
                    .anyMatch(c -> c.matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d"))
                    .noneMatch(c -> c.matches("\\d{4}-\\d\\d-\\d\\dT.*Z"));
        }
        assertThat(csv(reports.resolve("report_summary.csv")).get(1).get(columns.indexOf("region_level")))
                .isEqualTo("city");
        assertThat(csv(reports.resolve("report_summary.csv")).get(1).get(columns.indexOf("plan_code")))
                .isIn("women-2011-2020", "children-2011-2020");
    }

    @Test
    void csvHoldsTheSameFigures() throws Exception {
        List<String> columns = summaryColumns();
        List<CSVRecord> records = csv(reports.resolve("report_summary.csv"));
        assertThat(records.subList(1, records.size())).filteredOn(r -> r.get(columns.indexOf("region_code"))
                        .equals("450200") && r.get(columns.indexOf("domain_code")).isEmpty())
                .extracting(r -> r.get(columns.indexOf("plan_code")) + " " + r.get(columns.indexOf("met_rate")))
                .containsExactlyInAnyOrder("women-2011-2020 76.62", "children-2011-2020 89.13");
    }

    @Test
    void planRegionAndFormatLimitTheReport() throws Exception {
        Path out = home.resolve("limited");
        assertThat(Pipeline.run(home, "report", "--year", "2019", "--plan", "women-2011-2020", "--region", "450202",
                "--format", "csv", "--out", out.toString())).isZero();
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(f -> f.getFileName().toString())).allMatch(f -> f.endsWith(".csv"))
                    .contains("report_summary.csv");
        }
        List<String> columns = summaryColumns();
        List<CSVRecord> records = csv(out.resolve("report_summary.csv"));
        assertThat(records).hasSizeGreaterThan(1);
        assertThat(records.subList(1, records.size())).allMatch(r -> r.get(columns.indexOf("plan_code"))
                .equals("women-2011-2020") && r.get(columns.indexOf("region_code")).equals("450202")
                && r.get(columns.indexOf("year")).equals("2019"));
    }

    @Test
    void unknownPlanIsAUsageError() {
        assertThat(Pipeline.run(home, "report", "--year", "2019", "--plan", "women-1995-2000")).isEqualTo(2);
    }

    @Test
    void theReportsIndexLinksEveryPublishedYear() throws Exception {
        String index = Files.readString(home.resolve("reports/index.html"));
        for (int year = 2010; year <= 2020; year++) {
            assertThat(index).contains("<td>" + year + "年</td>", "<a href=\"" + year + "/index.html\">网页</a>",
                    "<a href=\"" + year + "/report-" + year + ".docx\">Word 报告</a>",
                    "<a href=\"" + year + "/report-" + year + ".xlsx\">Excel 报表</a>");
        }
        assertThat(index.indexOf("<td>2020年</td>")).isLessThan(index.indexOf("<td>2010年</td>"));
    }

    @Test
    void htmlPageIsSelfContained() throws Exception {
        String page = Files.readString(reports.resolve("index.html"));
        assertThat(page).doesNotContain("<script src").doesNotContain("<link ");
        assertThat(page).contains("Apache Software Foundation").as("ECharts inlined");
        assertThat(page).contains("76.62<small>%</small>", "89.13<small>%</small>");
    }

    @Test
    void htmlReportRendersInHeadlessChromium() throws Exception {
        HeadlessChromium chromium = HeadlessChromium.require(home.resolve("chromium-profile"));
        Path page = reports.resolve("index.html");
        HeadlessChromium.Output output = chromium.dumpDom(page);
        long trends = Pipeline.count(home, "SELECT count(DISTINCT (v.plan_code, v.indicator_code)) FROM"
                + " indicator_value v JOIN dim_indicator i USING (plan_code, indicator_code) WHERE v.region_code ="
                + " '450200' AND v.year <= 2019 AND i.kind = 'quantitative'");
        long charts = 2 + 2 + 2 + trends; // per plan: by domain, by region below, the map; then the trends
        assertThat(trends).isEqualTo(42);
        assertThat(output.dom()).contains("data-errors=\"0\"").contains("data-rendered=\"" + charts + "\"");
        assertThat(count(output.dom(), "<svg")).isGreaterThanOrEqualTo(charts);
        assertThat(output.log()).doesNotContain("Uncaught").doesNotContainPattern(":CONSOLE\\(\\d+\\)\\]");
        long unmet = Pipeline.count(home, "SELECT count(*) FROM indicator_status WHERE year = 2019 AND region_code ="
                + " '450200' AND status = 'unmet' AND sex = 'T' AND area = 'total'");
        assertThat(count(output.dom().substring(output.dom().indexOf("<table class=\"unmet\">")), "<tr>") - 1)
                .isEqualTo(unmet).isEqualTo(14);

        Path screenshot = Path.of("target/report-2019.png");
        Files.deleteIfExists(screenshot);
        chromium.screenshot(page, screenshot, 1280, 2400);
        assertThat(Files.size(screenshot)).isGreaterThan(50_000);
    }

    /**
     * The map of the city's counties, one per plan: ECharts drew each county of 柳州 on its boundary with the very
     * 达标率 of report_summary that the bars show (the page's hook: data-regions, read from the map series after
     * rendering), and no script error.
     */
    @Test
    void mapDrawsEveryCountyOfTheCityWithItsRate() throws Exception {
        HeadlessChromium chromium = HeadlessChromium.require(home.resolve("chromium-map-profile"));
        HeadlessChromium.Output output = chromium.dumpDom(reports.resolve("index.html"));
        assertThat(output.dom()).contains("data-errors=\"0\"");
        assertThat(output.log()).doesNotContain("Uncaught").doesNotContainPattern(":CONSOLE\\(\\d+\\)\\]");
        Matcher maps = Pattern.compile("<div class=\"chart map\"[^>]* data-plan=\"([^\"]+)\" data-map=\"450200\""
                + " data-regions=\"([^\"]*)\"").matcher(output.dom());
        List<String> plans = new ArrayList<>();
        while (maps.find()) {
            plans.add(maps.group(1));
            List<String> expected = Pipeline.rows(home, "SELECT region_code || '=' || round(met_rate, 2)::varchar"
                    + " FROM report_summary WHERE year = 2019 AND parent_code = '450200' AND domain_code IS NULL"
                    + " AND plan_code = '" + maps.group(1) + "'").stream().map(r -> r.get(0)
                    .replaceAll("\\.?0+$", "")).toList();
            assertThat(expected).hasSize(10);
            assertThat(List.of(maps.group(2).split(" "))).as(maps.group(1)).containsExactlyInAnyOrderElementsOf(expected);
        }
        assertThat(plans).containsExactlyInAnyOrder("women-2011-2020", "children-2011-2020");
        assertThat(output.dom()).doesNotContain("id=\"map-note\"");
    }

    @Test
    void htmlReportPrintsOnAFewA4Pages() throws Exception {
        HeadlessChromium chromium = HeadlessChromium.require(home.resolve("chromium-print-profile"));
        Path pdf = home.resolve("report-2019-html.pdf");
        chromium.printToPdf(reports.resolve("index.html"), pdf);
        String bytes = new String(Files.readAllBytes(pdf), StandardCharsets.ISO_8859_1);
        assertThat(bytes).startsWith("%PDF");
        // 7 pages here: cards, the two bar charts, 42 trend charts two to a row, the unmet table (17 before the
        // print stylesheet, with charts cut at the page's edge)
        long pages = Pattern.compile("/Type\\s*/Page(?!s)").matcher(bytes).results().count();
        assertThat(pages).as("pages").isBetween(4L, 12L);
        assertThat(Files.readString(reports.resolve("index.html")))
                .contains("@top-left { content: \"2019年 柳州市 两纲监测统计报告\"", "counter(pages)", "数据截至2019年底");
    }

    @Test
    void wordReportWritesTheSeedReportSentencesOf2019() throws Exception {
        try (InputStream in = Files.newInputStream(reports.resolve("report-2019.docx"));
             XWPFDocument document = new XWPFDocument(in)) {
            List<String> paragraphs = document.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertThat(paragraphs.get(0)).isEqualTo("2019年柳州市实施两纲监测统计报告");
            // Hand-checked against the seed report: 59 = 18 + 41 达标, 9 = 1 + 8 未达标, 9 = 3 + 6 无数据;
            // 18/22 = 81.82 %, 41/55 = 74.55 %, 59/77 = 76.62 %; children 19/20 = 95.00 %, 22/26 = 84.62 %, 41/46 = 89.13 %.
            assertThat(paragraphs).contains(
                    "《妇女规划》7大领域77项指标，其中22项为量化指标：18项已达标，1项未达标，3项无数据，达标率81.82%；"
                            + "55项为非量化指标：41项已达标，8项未达标，6项无数据，达标率74.55%，总体达标率76.62%。",
                    "《儿童规划》4大领域46项指标，其中20项为量化指标：19项已达标，1项未达标，达标率95.00%；"
                            + "26项为非量化指标：22项已达标，4项未达标，达标率84.62%，总体达标率89.13%。",
                    // the phrases of report_indicator: 30 − 24.39 = 5.61 points short of the target
                    "村委会成员中女性比例为24.39%，比上年提高0.75个百分点，比2010年提高6.26个百分点，"
                            + "未达到“达到30%以上”的目标，距目标差5.61个百分点。",
                    "（二）妇女与健康", "本领域15项指标，9项达标，2项未达标，4项无数据，达标率60.00%。");
            assertThat(paragraphs).filteredOn(p -> p.startsWith("孕产妇死亡率为")).singleElement()
                    .asString().contains("/10万（").doesNotContain("1/10万")
                    // its breakdown rows (report_indicator: 城市 8.510276…, 农村 10.834236…) in the report's decimals
                    .contains("（城市8.51、农村10.83），");
            assertThat(paragraphs).noneMatch(p -> p.contains("{") || p.contains("[") || p.matches(".*(?<![0-9])0项.*"));

            // the unmet table of the women's plan lists 村委会成员中女性比例 with its value, gap and department
            assertThat(document.getTables()).anySatisfy(t -> assertThat(t.getText())
                    .contains("村委会成员中女性比例", "24.39%", "距目标差5.61个百分点", "市民政局"));
            // the 无数据 table gives each indicator's reason (report_indicator.no_data_reason: all 9 of 2019 are 未填报)
            assertThat(document.getTables()).anySatisfy(t -> assertThat(t.getRow(0).getCell(3).getText()).isEqualTo("原因"));
            assertThat(document.getTables()).anySatisfy(t -> assertThat(t.getText()).contains("未填报"));
            // per plan a chart by domain and one by county, their figures in the embedded workbooks
            assertThat(document.getCharts()).hasSize(4);
            XWPFChart domains = document.getCharts().get(0);
            assertThat(domains.getFormattedTitle().getParagraph(0).getText()).isEqualTo("妇女规划分领域达标率（%）");
            Sheet figures = domains.getWorkbook().getSheetAt(0);
            assertThat(figures.getLastRowNum()).isEqualTo(7);
            assertThat(figures.getRow(5).getCell(0).getStringCellValue()).isEqualTo("妇女与社会保障");
            assertThat(figures.getRow(5).getCell(1).getNumericCellValue()).isEqualTo(100.0);
        }
    }

    @Test
    void aDeploymentRewordsTheWordReportInItsOwnSchemasDirectory() throws Exception {
        Path own = Files.createDirectories(home.resolve("bureau-schemas/report"));
        String shipped = Files.readString(Path.of("../schemas/report/sentences.yaml"));
        Files.writeString(own.resolve("sentences.yaml"), shipped.replace(
                "title: \"{year}年{region_name}实施两纲监测统计报告\"", "title: \"{region_name}{year}年妇女儿童发展规划监测报告\""));
        Path out = home.resolve("reworded");
        assertThat(Pipeline.run(home, "report", "--year", "2019", "--format", "docx", "--out", out.toString(),
                "--lianggang.extra-schemas=" + own.getParent())).isZero();
        try (InputStream in = Files.newInputStream(out.resolve("report-2019.docx"));
             XWPFDocument document = new XWPFDocument(in)) {
            assertThat(document.getParagraphs().get(0).getText()).isEqualTo("柳州市2019年妇女儿童发展规划监测报告");
        }
    }

    @Test
    void wordReportOpensInLibreOffice() throws Exception {
        HeadlessLibreOffice office = HeadlessLibreOffice.require();
        Path out = Files.createDirectories(home.resolve("pdf"));
        Path pdf = office.toPdf(reports.resolve("report-2019.docx"), out, home.resolve("libreoffice-profile"));
        assertThat(pdf).exists();
        String head = new String(Files.readAllBytes(pdf), StandardCharsets.ISO_8859_1);
        assertThat(head).startsWith("%PDF");
        long pages = Pattern.compile("/Type\\s*/Page(?!s)").matcher(head).results().count();
        assertThat(pages).as("an A4 report of both plans, pages: " + pages).isBetween(6L, 40L);
    }

    private static long count(String text, String what) {
        Matcher matcher = Pattern.compile(Pattern.quote(what)).matcher(text);
        long n = 0;
        while (matcher.find()) {
            n++;
        }
        return n;
    }

    /** Column positions from the warehouse, so the test reads Chinese headers or plain names alike. */
    private static List<String> summaryColumns() throws Exception {
        return Pipeline.rows(home, "SELECT column_name FROM duckdb_columns() WHERE table_name = 'report_summary'"
                + " ORDER BY column_index").stream().map(r -> r.get(0)).toList();
    }

    private static String text(Row row, int column) {
        Cell cell = row.getCell(column);
        return cell == null ? "" : new DataFormatter().formatCellValue(cell);
    }

    private static List<CSVRecord> csv(Path file) throws Exception {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            assertThat(reader.read()).isEqualTo('\uFEFF');
            return CSVFormat.EXCEL.parse(reader).getRecords();
        }
    }
}
