package org.lianggang.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.Reader;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workbook and CSV exports of a small warehouse whose report tables carry comments, read back with POI and
 * Commons CSV: Chinese headers from the comments, numbers rounded and formatted, status colours, formula-like text
 * neutralised, filters applied in SQL, nothing left behind in staging.
 */
class ReportExportsTest {

    @TempDir
    Path home;
    Path out;

    @BeforeEach
    void warehouse() throws Exception {
        TestWarehouse.create(home, "commented-warehouse.sql");
        out = home.resolve("reports/2019");
    }

    @Test
    void workbookHasOneSheetPerReportTableWithChineseHeadersFromTheComments() throws Exception {
        try (XSSFWorkbook workbook = workbook(RoundingMode.HALF_UP)) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(3);
            Sheet indicators = workbook.getSheet("指标监测表");
            assertThat(indicators).isNotNull();
            assertThat(texts(indicators.getRow(0))).containsExactly("规划", "年份", "地区代码", "指标名称", "计量单位",
                    "本年值", "达标情况", "指标数", "note");
            assertThat(indicators.getPaneInformation().isFreezePane()).isTrue();
            assertThat(indicators.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(indicators.getColumnWidth(3)).as("a Chinese name column is wider than the default")
                    .isGreaterThan(12 * 256);
            assertThat(workbook.getSheet("report_trend")).as("no comment: the table name").isNotNull();
        }
    }

    @Test
    void workbookNumbersAreRoundedAndFormattedByKindAndUnit() throws Exception {
        try (XSSFWorkbook workbook = workbook(RoundingMode.HALF_UP)) {
            Sheet sheet = workbook.getSheet("指标监测表");
            Cell rate = sheet.getRow(1).getCell(5);
            assertThat(rate.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(rate.getNumericCellValue()).isEqualTo(84.62);
            assertThat(rate.getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
            assertThat(sheet.getRow(2).getCell(5).getCellStyle().getDataFormatString()).as("所 is a count unit")
                    .isEqualTo("#,##0");
            assertThat(sheet.getRow(1).getCell(7).getNumericCellValue()).isEqualTo(1234);
            assertThat(sheet.getRow(1).getCell(7).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
            assertThat(sheet.getRow(1).getCell(1).getCellStyle().getDataFormatString()).as("a year: no separator")
                    .isEqualTo("0");
            assertThat(sheet.getRow(3).getCell(5)).as("NULL stays an empty cell").isNull();
        }
        try (XSSFWorkbook truncating = workbook(RoundingMode.DOWN)) {
            assertThat(truncating.getSheet("指标监测表").getRow(1).getCell(5).getNumericCellValue()).isEqualTo(84.61);
        }
    }

    @Test
    void statusCellsAreColoured() throws Exception {
        try (XSSFWorkbook workbook = workbook(RoundingMode.HALF_UP)) {
            Sheet sheet = workbook.getSheet("指标监测表");
            List<String> fills = new ArrayList<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Cell status = sheet.getRow(r).getCell(6);
                fills.add(status.getStringCellValue() + " "
                        + ((XSSFCellStyle) status.getCellStyle()).getFillForegroundColorColor().getARGBHex());
            }
            assertThat(fills).containsExactly("达标 FFC6EFCE", "未达标 FFFFC7CE", "无数据 FFD9D9D9", "基本实现 FFE2F0D9",
                    "达标 FFC6EFCE");
        }
    }

    @Test
    void formulaLikeTextIsNeutralisedInTheWorkbook() throws Exception {
        try (XSSFWorkbook workbook = workbook(RoundingMode.HALF_UP)) {
            Sheet sheet = workbook.getSheet("指标监测表");
            assertThat(sheet.getRow(1).getCell(3).getStringCellValue())
                    .isEqualTo("'=HYPERLINK(\"http://evil.example\",\"点我\")");
            assertThat(sheet.getRow(1).getCell(8).getStringCellValue()).isEqualTo("'+1 比上年");
            assertThat(sheet.getRow(2).getCell(8).getStringCellValue()).isEqualTo("'-0.7 个百分点");
            assertThat(sheet.getRow(3).getCell(3).getStringCellValue()).isEqualTo("'@SUM(A1:A2)");
            assertThat(sheet.getRow(3).getCell(8).getStringCellValue()).isEqualTo("'\tcmd");
            for (Sheet each : workbook) {
                for (Row row : each) {
                    for (Cell cell : row) {
                        assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA);
                    }
                }
            }
        }
    }

    @Test
    void csvIsUtf8WithBomChineseHeadersRoundedNumbersAndNeutralisedText() throws Exception {
        List<Path> files = TestWarehouse.writer(home, RoundingMode.HALF_UP)
                .write(new ReportFilter(2019, null, null), EnumSet.of(ReportFormat.csv), out);
        assertThat(files).extracting(f -> f.getFileName().toString())
                .containsExactly("report_indicator.csv", "report_progress.csv", "report_trend.csv");
        byte[] bytes = Files.readAllBytes(out.resolve("report_indicator.csv"));
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        List<CSVRecord> records = csv(out.resolve("report_indicator.csv"));
        assertThat(records.get(0).toList()).containsExactly("规划", "年份", "地区代码", "指标名称", "计量单位", "本年值",
                "达标情况", "指标数", "note");
        assertThat(records.get(1).toList()).containsExactly("women-2011-2020", "2019", "450200",
                "'=HYPERLINK(\"http://evil.example\",\"点我\")", "%", "84.62", "达标", "1234", "'+1 比上年");
        assertThat(records.get(3).get(8)).isEqualTo("'\tcmd");
        assertThat(records).hasSize(6).as("the 2018 row is filtered out");
    }

    @Test
    void filtersSelectPlanRegionAndReportYearAndTrendsKeepEarlierYears() throws Exception {
        TestWarehouse.writer(home, RoundingMode.HALF_UP).write(new ReportFilter(2019, "women-2011-2020", "450200"),
                EnumSet.of(ReportFormat.csv), out);
        List<CSVRecord> indicators = csv(out.resolve("report_indicator.csv"));
        assertThat(indicators.subList(1, indicators.size())).extracting(r -> r.get(0) + " " + r.get(1) + " "
                + r.get(2)).containsOnly("women-2011-2020 2019 450200").hasSize(3);
        assertThat(csv(out.resolve("report_trend.csv")).subList(1, 3)).extracting(r -> r.get(2))
                .containsExactly("2017", "2019");
        assertThat(csv(out.resolve("report_trend.csv"))).hasSize(3);
        assertThat(csv(out.resolve("report_progress.csv"))).extracting(r -> r.get(1) + " " + r.get(3))
                .containsExactly("评估年份 progress_label", "2019 已实现目标");
    }

    /** A killed run leaves its staging directory with the marker every staging of ours gets first. */
    @Test
    void noStagingIsLeftAndStaleStagingIsSwept() throws Exception {
        Files.createDirectories(out.resolve(".staging-killed"));
        Files.writeString(out.resolve(".staging-killed/" + ReportWriter.STAGING_MARKER), "");
        Files.writeString(out.resolve(".staging-killed/half.xlsx"), "half");
        TestWarehouse.writer(home, RoundingMode.HALF_UP).write(new ReportFilter(2019, null, null),
                EnumSet.of(ReportFormat.xlsx, ReportFormat.csv), out);
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder("report-2019.xlsx",
                    "report_indicator.csv", "report_progress.csv", "report_trend.csv");
        }
    }

    @Test
    void stagingNamesTheReportDidNotCreateAreLeftAlone() throws Exception {
        Files.createDirectories(out);
        Files.writeString(out.resolve(".staging-notes.txt"), "the operator's own file");
        Files.createDirectories(out.resolve(".staging-drafts"));
        Files.writeString(out.resolve(".staging-drafts/draft.docx"), "the operator's draft");
        Path elsewhere = Files.createDirectories(home.resolve("elsewhere"));
        Files.createFile(elsewhere.resolve(ReportWriter.STAGING_MARKER));
        Files.writeString(elsewhere.resolve("keep.txt"), "not in the output directory");
        Files.createSymbolicLink(out.resolve(".staging-link"), elsewhere);

        TestWarehouse.writer(home, RoundingMode.HALF_UP).write(new ReportFilter(2019, null, null),
                EnumSet.of(ReportFormat.csv), out);

        assertThat(out.resolve(".staging-notes.txt")).hasContent("the operator's own file");
        assertThat(out.resolve(".staging-drafts/draft.docx")).hasContent("the operator's draft");
        assertThat(elsewhere.resolve("keep.txt")).hasContent("not in the output directory");
        assertThat(Files.isSymbolicLink(out.resolve(".staging-link"))).isTrue();
    }

    @Test
    void everySheetPrintsOnA4LandscapeOnePageWideWithItsHeaderRowOnEveryPage() throws Exception {
        try (XSSFWorkbook workbook = workbook(RoundingMode.HALF_UP)) {
            for (Sheet sheet : workbook) {
                XSSFSheet printed = (XSSFSheet) sheet;
                assertThat(printed.getPrintSetup().getLandscape()).as(sheet.getSheetName()).isTrue();
                assertThat(printed.getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
                assertThat(printed.getFitToPage()).isTrue();
                assertThat(printed.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
                assertThat(printed.getPrintSetup().getFitHeight()).isZero();
                assertThat(printed.getRepeatingRows()).isEqualTo(CellRangeAddress.valueOf("1:1"));
                assertThat(printed.getHeader().getLeft()).isEqualTo("2019年 柳州市 两纲监测统计报告");
                assertThat(printed.getHeader().getRight()).isEqualTo(sheet.getSheetName());
                assertThat(printed.getFooter().getCenter()).contains("&P", "&N");
            }
        }
    }

    private XSSFWorkbook workbook(RoundingMode mode) throws Exception {
        List<Path> files = TestWarehouse.writer(home, mode).write(new ReportFilter(2019, null, null),
                EnumSet.of(ReportFormat.xlsx), out);
        assertThat(files).containsExactly(out.resolve("report-2019.xlsx"));
        try (InputStream in = Files.newInputStream(files.get(0))) {
            return new XSSFWorkbook(in);
        }
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        row.forEach(cell -> texts.add(cell.getStringCellValue()));
        return texts;
    }

    static List<CSVRecord> csv(Path file) throws Exception {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            reader.mark(1);
            if (reader.read() != '\uFEFF') {
                reader.reset();
            }
            return CSVFormat.EXCEL.parse(reader).getRecords();
        }
    }
}
