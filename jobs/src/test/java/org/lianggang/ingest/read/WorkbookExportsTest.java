package org.lianggang.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.lianggang.Messages;
import org.lianggang.catalog.ColumnSpec;
import org.lianggang.catalog.SourceField;
import org.lianggang.catalog.SourceLayout;
import org.lianggang.catalog.SourceTable;
import org.lianggang.catalog.ValueColumn;
import org.lianggang.ingest.map.header.HeaderLocator;
import org.lianggang.ingest.problem.InputRejectedException;
import org.lianggang.ingest.problem.Problem;
import org.lianggang.ingest.problem.ProblemCode;
import org.lianggang.ingest.read.row.ExportRow;
import org.lianggang.ingest.read.row.TabularFile;

class WorkbookExportsTest {

    /** Both workbook formats, written by POI's usermodel; each test runs on both unless it is about one. */
    enum Format {
        XLSX, XLS;

        Workbook create() {
            return this == XLSX ? new XSSFWorkbook() : new HSSFWorkbook();
        }

        String extension() {
            return "." + name().toLowerCase();
        }
    }

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Format.class)
    void everyRowIsReadWithItsSheetRowNumber(Format format) throws IOException {
        Path file = write(format, "2019年妇幼卫生年报", wb -> {
            Sheet sheet = wb.createSheet("Sheet1");
            cells(sheet, 0, "2019年妇幼卫生年报");
            cells(sheet, 2, "地区代码", "地区", "年份", "活产数");
            cells(sheet, 3, "450102", "兴宁区", 2019, 4512);
            cells(sheet, 4, 450103, "青秀区", 2019, 3987);
            cells(sheet, 5, "合计", null, 2019, 8499);
            sheet.createRow(6);
            cells(sheet, 8, "注: 活产数含流动人口");
        });

        assertThat(read(file, null)).containsExactly(
                new ExportRow(1, List.of("2019年妇幼卫生年报")),
                new ExportRow(3, List.of("地区代码", "地区", "年份", "活产数")),
                new ExportRow(4, List.of("450102", "兴宁区", "2019", "4512")),
                new ExportRow(5, List.of("450103", "青秀区", "2019", "3987")),
                new ExportRow(6, List.of("合计", "", "2019", "8499")),
                new ExportRow(7, List.of()),
                new ExportRow(9, List.of("注: 活产数含流动人口")));
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void numbersReadPlainAndTextStaysAsWritten(Format format) throws IOException {
        Path file = write(format, "numbers", wb -> {
            Sheet sheet = wb.createSheet("数值");
            Row row = cells(sheet, 0, 4512, 98.82, 0.1 + 0.2, 0.000015, -3.5, 450102000000.0, "04512", "1,234");
            row.getCell(5).setCellStyle(style(wb, "0"));
            Row formatted = cells(sheet, 1, 1234567, 98.8, 0.9882, 0.05, 12345.678);
            formatted.getCell(0).setCellStyle(style(wb, "#,##0"));
            formatted.getCell(1).setCellStyle(style(wb, "0.00"));
            formatted.getCell(2).setCellStyle(style(wb, "0.00%"));
            formatted.getCell(3).setCellStyle(style(wb, "0%"));
            formatted.getCell(4).setCellStyle(style(wb, "0.00E+00"));
        });

        assertThat(read(file, null)).containsExactly(
                new ExportRow(1, List.of("4512", "98.82", "0.3", "0.000015", "-3.5", "450102000000", "04512",
                        "1,234")),
                new ExportRow(2, List.of("1234567", "98.8", "98.82%", "5%", "12345.678")));
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void datesReadAsTheirFormatShowsThemAndBooleansAsExcelWritesThem(Format format) throws IOException {
        Path file = write(format, "dates", wb -> {
            Sheet sheet = wb.createSheet("日期");
            Row row = cells(sheet, 0, "填报日期");
            row.createCell(1).setCellValue(LocalDate.of(2019, 12, 31));
            row.getCell(1).setCellStyle(style(wb, "m/d/yy"));
            row.createCell(2).setCellValue(LocalDate.of(2019, 12, 31));
            row.getCell(2).setCellStyle(style(wb, "yyyy\"年\"m\"月\"d\"日\""));
            row.createCell(3).setCellValue(true);
        });

        assertThat(read(file, null)).containsExactly(
                new ExportRow(1, List.of("填报日期", "2019-12-31", "2019年12月31日", "TRUE")));
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void formulaCellsGiveTheirCachedValue(Format format) throws IOException {
        Path file = write(format, "formulas", wb -> {
            Sheet sheet = wb.createSheet("Sheet1");
            cells(sheet, 0, "450102", "兴宁区", 4512);
            cells(sheet, 1, "450103", "青秀区", 3987);
            Row total = sheet.createRow(2);
            total.createCell(0).setCellFormula("\"合\"&\"计\"");
            total.createCell(2).setCellFormula("SUM(C1:C2)");
            total.createCell(3).setCellFormula("C3/0");
            total.createCell(4).setCellFormula("C3/C1*100");
            total.getCell(4).setCellStyle(style(wb, "0.0"));
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
        });

        assertThat(read(file, null)).last().isEqualTo(
                new ExportRow(3, List.of("合计", "", "8499", "#DIV/0!", "188.364361702128")));
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void blankCellsInsideARowKeepTheColumnsInPlace(Format format) throws IOException {
        Path file = write(format, "blanks", wb -> {
            Sheet sheet = wb.createSheet("Sheet1");
            Row row = sheet.createRow(0);
            row.createCell(0).setCellValue("450102");
            row.createCell(1).setBlank();
            row.createCell(2).setCellValue("");
            row.createCell(4).setCellValue(4512);
        });

        assertThat(read(file, null)).containsExactly(new ExportRow(1, List.of("450102", "", "", "", "4512")));
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void mergedTwoRowHeaderCarriesItsTextToEveryCellItCoversAndIsCombinedByTheHeaderLocator(Format format)
            throws IOException {
        Path file = write(format, "merged", wb -> {
            Sheet sheet = wb.createSheet("Sheet1");
            cells(sheet, 0, "地区", "活产数");
            cells(sheet, 1, null, "男", "女");
            cells(sheet, 2, "兴宁区", 2350, 2162);
            sheet.addMergedRegion(new CellRangeAddress(0, 1, 0, 0));
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 1, 2));
        });

        List<ExportRow> rows = read(file, null);
        assertThat(rows).containsExactly(
                new ExportRow(1, List.of("地区", "活产数", "活产数")),
                new ExportRow(2, List.of("地区", "男", "女")),
                new ExportRow(3, List.of("兴宁区", "2350", "2162")));
        HeaderLocator.Located located = HeaderLocator.locate(rows.iterator(), birthsBySex()).orElseThrow();
        assertThat(located.header()).containsExactly("地区", "活产数男", "活产数女");
        assertThat(located.row()).isEqualTo(2);
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void theNamedSheetIsReadAndTheFirstWhenNoneIsNamed(Format format) throws IOException {
        Path file = write(format, "sheets", wb -> {
            cells(wb.createSheet("说明"), 0, "本表由县区卫健局填报");
            cells(wb.createSheet("县区数据"), 0, "地区代码", "活产数");
        });

        assertThat(read(file, "县区数据")).containsExactly(new ExportRow(1, List.of("地区代码", "活产数")));
        assertThat(read(file, null)).containsExactly(new ExportRow(1, List.of("本表由县区卫健局填报")));
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void withNoSheetNamedTheActiveVisibleSheetIsReadNeverAHiddenOne(Format format) throws IOException {
        Path file = write(format, "hidden-first", wb -> {
            cells(wb.createSheet("2018年"), 0, "去年的表");
            cells(wb.createSheet("说明"), 0, "本表由县区卫健局填报");
            cells(wb.createSheet("2019年"), 0, "今年的表");
            wb.setSheetHidden(0, true);
            wb.setActiveSheet(2);
            wb.setSelectedTab(2);
        });
        Path veryHidden = write(format, "very-hidden-active", wb -> {
            cells(wb.createSheet("旧表"), 0, "去年的表");
            cells(wb.createSheet("县区数据"), 0, "今年的表");
            wb.setActiveSheet(0);
            wb.setSheetVisibility(0, org.apache.poi.ss.usermodel.SheetVisibility.VERY_HIDDEN);
        });

        assertThat(read(file, null)).containsExactly(new ExportRow(1, List.of("今年的表")));
        assertThat(read(veryHidden, null)).containsExactly(new ExportRow(1, List.of("今年的表")));
        assertThat(read(file, "2018年")).as("a hidden sheet named by the layout").containsExactly(
                new ExportRow(1, List.of("去年的表")));
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void hiddenRowsAreLeftOutAndHiddenColumnsBlankedEachNamedByAWarning(Format format) throws IOException {
        Path file = write(format, "hidden-rows", wb -> {
            Sheet sheet = wb.createSheet("Sheet1");
            cells(sheet, 0, "地区", "旧活产数", "活产数");
            cells(sheet, 1, "兴宁区", 2300, 2350);
            cells(sheet, 2, "青秀区", 3900, 3987).setZeroHeight(true);
            cells(sheet, 3, "江南区", 1800, 1810);
            sheet.createRow(4).setZeroHeight(true);
            sheet.setColumnHidden(1, true);
        });

        try (TabularFile export = WorkbookExports.open(file, null)) {
            List<ExportRow> rows = new ArrayList<>();
            export.rows().forEachRemaining(rows::add);
            assertThat(rows).containsExactly(
                    new ExportRow(1, List.of("地区", "", "活产数")),
                    new ExportRow(2, List.of("兴宁区", "", "2350")),
                    new ExportRow(4, List.of("江南区", "", "1810")));
            assertThat(export.notices()).extracting(n -> n.problem("f", List.of("地区", "", "活产数")).toString())
                    .containsExactly(
                            "f:1:B: HIDDEN_COLUMN 隐藏的列未导入，整列各格均不读入；"
                                    + "如需导入，请在 Excel 中取消隐藏后重新导出 [旧活产数]",
                            "f:3:: HIDDEN_ROW 隐藏的行未导入；如需导入，请在 Excel 中取消隐藏后重新导出"
                                    + " [青秀区,3900,3987]");
        }
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void mergedCellsCarryTheirValueToEveryCellTheyCover(Format format) throws IOException {
        Path file = write(format, "merged-data", wb -> {
            Sheet sheet = wb.createSheet("Sheet1");
            cells(sheet, 0, "地区", "年份", "数据项", "数值");
            cells(sheet, 1, "兴宁区", 2019, "live_births", 2350);
            cells(sheet, 2, null, null, "maternal_deaths", 0);
            cells(sheet, 3, "青秀区", null, "live_births", 3987);
            sheet.addMergedRegion(new CellRangeAddress(1, 3, 1, 1));
            sheet.addMergedRegion(new CellRangeAddress(1, 2, 0, 0));
        });

        assertThat(read(file, null)).containsExactly(
                new ExportRow(1, List.of("地区", "年份", "数据项", "数值")),
                new ExportRow(2, List.of("兴宁区", "2019", "live_births", "2350")),
                new ExportRow(3, List.of("兴宁区", "2019", "maternal_deaths", "0")),
                new ExportRow(4, List.of("青秀区", "2019", "live_births", "3987")));
    }

    @Test
    void anXlsxFormulaWithoutAResultIsNamedNotReadAsBlank() throws IOException {
        Path file = write(Format.XLSX, "uncalculated", wb -> {
            Row row = cells(wb.createSheet("Sheet1"), 0, "兴宁区", 2350, 2162);
            row.createCell(3).setCellFormula("B1+C1");
        });

        try (TabularFile export = WorkbookExports.open(file, null)) {
            export.rows().forEachRemaining(r -> { });
            assertThat(export.notices()).extracting(n -> n.problem("f", List.of("地区", "男", "女", "合计")).toString())
                    .containsExactly("f:1:合计（D列）: FORMULA_NOT_CALCULATED "
                            + Messages.text("problem.formula-not-calculated") + " [=B1+C1]");
        }
    }

    @Test
    void anXlsFormulaIsCalculatedNotTakenFromItsSavedResult() throws IOException {
        Path file = write(Format.XLS, "uncalculated", wb -> {
            Row row = cells(wb.createSheet("Sheet1"), 0, "兴宁区", 2350, 2162);
            row.createCell(3).setCellFormula("B1+C1");
        });

        assertThat(read(file, null)).containsExactly(new ExportRow(1, List.of("兴宁区", "2350", "2162", "4512")));
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void aMissingSheetIsRejectedNamingTheSheetsThatExist(Format format) throws IOException {
        Path file = write(format, "sheets", wb -> {
            cells(wb.createSheet("说明"), 0, "本表由县区卫健局填报");
            cells(wb.createSheet("县区数据"), 0, "地区代码", "活产数");
        });

        Problem problem = rejection(file, "人口数据");
        assertThat(problem.code()).isEqualTo(ProblemCode.FILE_UNREADABLE);
        assertThat(problem.file()).isEqualTo("sheets" + format.extension());
        assertThat(problem.message()).isEqualTo(
                "工作簿中没有名为“人口数据”的工作表；其工作表为 \"说明\", \"县区数据\"");
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void aPasswordProtectedWorkbookIsRejected(Format format) throws IOException {
        Path file = format == Format.XLSX ? encryptedXlsx() : encryptedXls();

        Problem problem = rejection(file, null);
        assertThat(problem.code()).isEqualTo(ProblemCode.FILE_UNREADABLE);
        assertThat(problem.message()).startsWith("工作簿设有密码，不能读取");
    }

    @Test
    void aLargeSheetIsStreamedRowByRow() throws IOException {
        int counties = 200_000;
        Path file = dir.resolve("large.xlsx");
        // With a shared-strings table, as Excel writes text (SXSSF's default is inline strings).
        try (SXSSFWorkbook wb = new SXSSFWorkbook(null, 100, false, true);
             OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = wb.createSheet("Sheet1");
            cells(sheet, 0, "地区代码", "地区", "年份", "活产数");
            for (int i = 1; i <= counties; i++) {
                cells(sheet, i, 450000 + i, "县" + i % 1000, 2019, i % 5000);
            }
            wb.write(out);
        }

        long count = 0;
        long misnumbered = 0;
        long births = 0;
        ExportRow last = null;
        try (TabularFile export = WorkbookExports.open(file, null)) {
            Iterator<ExportRow> rows = export.rows();
            assertThat(rows.next()).isEqualTo(new ExportRow(1, List.of("地区代码", "地区", "年份", "活产数")));
            while (rows.hasNext()) {
                last = rows.next();
                misnumbered += last.number() == ++count + 1 ? 0 : 1;
                births += Long.parseLong(last.cell(3));
            }
        }
        assertThat(count).isEqualTo(counties);
        assertThat(misnumbered).isZero();
        assertThat(births).isEqualTo(499_900_000L);
        assertThat(last).isEqualTo(new ExportRow(200_001, List.of("650000", "县0", "2019", "0")));
    }

    @Test
    void closingBeforeTheEndStopsTheParser() throws IOException, InterruptedException {
        Path file = dir.resolve("early.xlsx");
        try (SXSSFWorkbook wb = new SXSSFWorkbook(100); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = wb.createSheet("Sheet1");
            for (int i = 0; i < 50_000; i++) {
                cells(sheet, i, "县" + i, i);
            }
            wb.write(out);
        }

        try (TabularFile export = WorkbookExports.open(file, null)) {
            Iterator<ExportRow> rows = export.rows();
            for (int i = 0; i < 10; i++) {
                rows.next();
            }
        }
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().equals("xlsx-rows early.xlsx"));
    }

    @Test
    void aSheetDamagedHalfwayIsRejectedAfterTheRowsBeforeTheDamage() throws IOException {
        Path file = write(Format.XLSX, "halfway", wb -> {
            Sheet sheet = wb.createSheet("Sheet1");
            for (int i = 0; i < 1000; i++) {
                cells(sheet, i, "县" + i, i);
            }
        });
        damageSheetXml(file, "<row r=\"600\"");

        List<ExportRow> rows = new ArrayList<>();
        InputRejectedException rejected;
        try (TabularFile export = WorkbookExports.open(file, null)) {
            Iterator<ExportRow> iterator = export.rows();
            rejected = catchThrowableOfType(InputRejectedException.class,
                    () -> iterator.forEachRemaining(rows::add));
        }
        assertThat(rows).hasSize(599);
        assertThat(rejected.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(ProblemCode.FILE_UNREADABLE);
            assertThat(p.message()).startsWith("工作表第 599 行之后无法读取");
        });
    }

    @Test
    void filesThatAreNotWorkbooksAreRejectedSayingWhatTheyAre() throws IOException {
        Path html = Files.writeString(dir.resolve("导出.xls"), "<html><body><table><tr><td>地区</td></tr></table>",
                StandardCharsets.UTF_8);
        Path csv = Files.writeString(dir.resolve("导出.xlsx"), "地区代码,地区\n450102,兴宁区\n", StandardCharsets.UTF_8);
        Path empty = Files.write(dir.resolve("empty.xlsx"), new byte[0]);

        assertThat(rejection(html, null).message()).contains("网页表格（HTML）");
        assertThat(rejection(csv, null).message()).contains("这不是 Excel 工作簿");
        assertThat(rejection(empty, null).message()).isEqualTo("文件为空");
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void aTruncatedWorkbookIsRejected(Format format) throws IOException {
        Path file = write(format, "truncated", wb -> cells(wb.createSheet("Sheet1"), 0, "地区", "活产数"));
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(bytes, bytes.length / 2));

        Problem problem = rejection(file, null);
        assertThat(problem.code()).isEqualTo(ProblemCode.FILE_UNREADABLE);
        assertThat(problem.message()).startsWith("无法读取工作簿");
    }

    @Test
    void theContentNotTheNameTellsTheFormat() throws IOException {
        Path xlsx = write(Format.XLSX, "misnamed", wb -> cells(wb.createSheet("Sheet1"), 0, "地区", 4512));
        Path misnamed = Files.move(xlsx, dir.resolve("misnamed.xls"));

        assertThat(read(misnamed, null)).containsExactly(new ExportRow(1, List.of("地区", "4512")));
    }

    // --- helpers ---

    private interface Content {
        void fill(Workbook workbook);
    }

    private Path write(Format format, String name, Content content) throws IOException {
        Path file = dir.resolve(name + format.extension());
        try (Workbook wb = format.create(); OutputStream out = Files.newOutputStream(file)) {
            content.fill(wb);
            wb.write(out);
        }
        return file;
    }

    /** Writes the values into a new row: text as text, numbers as numbers, null as no cell at all. */
    private static Row cells(Sheet sheet, int index, Object... values) {
        Row row = sheet.createRow(index);
        for (int c = 0; c < values.length; c++) {
            if (values[c] instanceof String text) {
                row.createCell(c).setCellValue(text);
            } else if (values[c] instanceof Number number) {
                row.createCell(c).setCellValue(number.doubleValue());
            }
        }
        return row;
    }

    private static CellStyle style(Workbook wb, String format) {
        CellStyle style = wb.createCellStyle();
        style.setDataFormat(wb.createDataFormat().getFormat(format));
        return style;
    }

    private static List<ExportRow> read(Path file, String sheet) throws IOException {
        try (TabularFile export = WorkbookExports.open(file, sheet)) {
            List<ExportRow> rows = new ArrayList<>();
            export.rows().forEachRemaining(rows::add);
            return rows;
        }
    }

    private static Problem rejection(Path file, String sheet) {
        InputRejectedException rejected = catchThrowableOfType(InputRejectedException.class, () -> read(file, sheet));
        assertThat(rejected).as("rejection of " + file.getFileName()).isNotNull();
        assertThat(rejected.problems()).hasSize(1);
        return rejected.problems().get(0);
    }

    private Path encryptedXlsx() throws IOException {
        Path plain = write(Format.XLSX, "plain", wb -> cells(wb.createSheet("Sheet1"), 0, "地区", 4512));
        Path file = dir.resolve("protected.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("secret");
            try (OutputStream data = encryptor.getDataStream(fs)) {
                Files.copy(plain, data);
            } catch (java.security.GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }
        return file;
    }

    private Path encryptedXls() throws IOException {
        Biff8EncryptionKey.setCurrentUserPassword("secret");
        try {
            return write(Format.XLS, "protected", wb -> cells(wb.createSheet("Sheet1"), 0, "地区", 4512));
        } finally {
            Biff8EncryptionKey.setCurrentUserPassword(null);
        }
    }

    /** Cuts the first sheet's XML at the marker and leaves an unclosed element there. */
    private static void damageSheetXml(Path file, String marker) throws IOException {
        ByteArrayOutputStream copy = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(file));
             ZipOutputStream out = new ZipOutputStream(copy)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] bytes = in.readAllBytes();
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    String xml = new String(bytes, StandardCharsets.UTF_8);
                    bytes = (xml.substring(0, xml.indexOf(marker)) + "<row r=\"600\"><c r=\"A600\"></broken>")
                            .getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(bytes);
                out.closeEntry();
            }
        }
        Files.write(file, copy.toByteArray());
    }

    private static SourceLayout birthsBySex() {
        return new SourceLayout("births", "活产数", "卫健委", SourceTable.DATA_VALUE, "year", null, null, null,
                Map.of(SourceField.REGION_NAME, new ColumnSpec("地区", null)),
                List.of(new ValueColumn("活产数男", null, "live_births", "M", null, null, null, null),
                        new ValueColumn("活产数女", null, "live_births", "F", null, null, null, null)),
                null, null, null, null, null, null);
    }
}
