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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code lianggang report} on the demo warehouse through the real command line: the workbook and CSV files read
 * back hold the 2019 figures of the seed report, and the HTML page renders in headless Chromium with every chart
 * drawn and no script error (the screenshot is kept in target/report-2019.png).
 */
class ReportEndToEndTest {

    @TempDir
    static Path home;
    static Path reports;

    @BeforeAll
    static void demoAndReport() {
        assertThat(Pipeline.run(home, "demo")).isZero();
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
            assertThat(rates).containsExactlyInAnyOrder("women-2011-2020 76.62 76.62", "children-2011-2020 89.13 89.13");
        }
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
        long charts = 2 + 2 + trends;
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
