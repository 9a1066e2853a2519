package org.lianggang.ingest.read.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lianggang.ingest.read.workbook.WorkbookCellText;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The streamed .xlsx reader's own cell events and merged-region scan, held to POI's: for every workbook of the corpus
 * and for workbooks holding every kind of cell, the events of {@link XlsxCellEvents} parsed by {@link XlsxXmlReader}
 * (Woodstox) are those of POI's {@code XSSFSheetXMLHandler} parsed by POI's own parser settings (same cells, same
 * texts, same row numbers), and the regions of the byte scan are those of a SAX parse.
 */
class XlsxCellEventsTest {

    @TempDir
    Path dir;

    @Test
    void cellEventsAreThoseOfPoisHandlerForEveryCorpusWorkbook() throws Exception {
        List<Path> workbooks = corpusWorkbooks();
        assertThat(workbooks).hasSizeGreaterThanOrEqualTo(6);
        for (Path workbook : workbooks) {
            assertSameEvents(workbook);
        }
    }

    @Test
    void cellEventsAreThoseOfPoisHandlerForEveryKindOfCell() throws Exception {
        assertSameEvents(everyKindOfCell(new XSSFWorkbook(), "usermodel.xlsx"));
        assertSameEvents(everyKindOfCell(new SXSSFWorkbook(), "inline-strings.xlsx"));
    }

    @Test
    void cellEventsAreThoseOfPoisHandlerForWhatOtherWritersWrite() throws Exception {
        // No cell references, a row without its number, an element named inlineStr, an inline string in runs,
        // phonetic runs and _xHHHH_ escapes in shared strings, a style id beyond the styles, a formula's text result,
        // booleans, errors, a shared-string index that is no number, a numeric cell without a value.
        String sheet = "<sheetData><row r=\"1\"><c t=\"s\"><v>0</v></c><c t=\"s\"><v>1</v></c><c t=\"s\"><v>2</v></c>"
                + "<c t=\"s\"><v> x </v></c></row>"
                + "<row><c r=\"B2\" t=\"inlineStr\"><is><r><t>甲</t></r><r><t xml:space=\"preserve\"> 乙_x000D_</t></r>"
                + "</is></c><c r=\"C2\" t=\"inlineStr\"><inlineStr>旧式</inlineStr></c><c r=\"D2\" s=\"9\"><v>12.5</v></c>"
                + "<c r=\"E2\" s=\"1\"><v>0.9882</v></c><c r=\"F2\" t=\"str\"><f>A1&amp;B1</f><v>甲乙</v></c>"
                + "<c r=\"G2\" s=\"1\"><f>1/3</f><v>0.333333333333333</v></c><c r=\"H2\" t=\"b\"><v>0</v></c>"
                + "<c r=\"I2\" t=\"e\"><v>#DIV/0!</v></c><c r=\"J2\" s=\"2\"><v>43830</v></c><c r=\"K2\"/>"
                + "<c r=\"L2\" s=\"1\"><v></v></c><c r=\"M2\" s=\"1\"><f>X1</f></c><c r=\"N2\"><v>1.0E+20</v></c>"
                + "<c r=\"O2\" s=\"3\"><v>4512.7</v></c></row></sheetData>";
        String strings = "<sst xmlns=\"" + MAIN + "\" count=\"3\" uniqueCount=\"3\"><si><t>地区代码</t></si>"
                + "<si><r><t>县</t></r><r><rPr><b/></rPr><t>区</t></r><rPh sb=\"0\" eb=\"1\"><t>けん</t></rPh></si>"
                + "<si><t>行_x000A_换</t></si></sst>";
        String styles = "<styleSheet xmlns=\"" + MAIN + "\"><numFmts count=\"1\"><numFmt numFmtId=\"164\""
                + " formatCode=\"yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;\"/></numFmts>"
                + "<cellXfs count=\"4\"><xf numFmtId=\"0\"/><xf numFmtId=\"10\"/><xf numFmtId=\"164\"/>"
                + "<xf numFmtId=\"3\"/></cellXfs></styleSheet>";
        assertSameEvents(handWritten("other-writers.xlsx", sheet, strings, styles));
    }

    @Test
    void aSharedStringsTableTooLargeToHoldIsReadBackFromATemporaryFileWithTheSameTexts() throws Exception {
        StringBuilder strings = new StringBuilder("<sst xmlns=\"" + MAIN + "\">");
        StringBuilder sheet = new StringBuilder("<sheetData>");
        int texts = 6000;
        for (int i = 0; i < texts; i++) {
            strings.append("<si><t>").append(i % 7 == 0 ? "县区_x000D_" + i : "地区" + i + "号").append("</t></si>");
            int row = i / 4 + 1;
            if (i % 4 == 0) {
                sheet.append(i == 0 ? "" : "</row>").append("<row r=\"").append(row).append("\">");
            }
            sheet.append("<c t=\"s\"><v>").append((i * 7919) % texts).append("</v></c>");
        }
        sheet.append("</row></sheetData>");
        Path workbook = handWritten("many-texts.xlsx", sheet.toString(), strings.append("</sst>").toString(), null);
        try (OPCPackage pkg = OPCPackage.open(workbook.toFile(), PackageAccess.READ);
             XlsxSharedStrings spilled = XlsxSharedStrings.of(pkg, 16 * 1024)) {
            ReadOnlySharedStringsTable poi = new ReadOnlySharedStringsTable(pkg, false);
            assertThat(spilled.spilled()).isTrue();
            for (int i = 0; i < texts; i++) {
                assertThat(spilled.at(i)).isEqualTo(poi.getItemAt(i).toString());
            }
            PackagePart part = firstSheet(pkg);
            Events expected = new Events();
            parse(part, XMLHelper.newXMLReader(),
                    new XSSFSheetXMLHandler(new StylesTable(), poi, expected, new WorkbookCellText(), false));
            Events ours = new Events();
            parse(part, XlsxXmlReader.create(),
                    new XlsxCellEvents(new XlsxCellFormats(new StylesTable()), spilled, ours, new WorkbookCellText()));
            assertThat(ours.list).hasSize(texts + 2 * texts / 4).containsExactlyElementsOf(expected.list);
        }
    }

    @Test
    void mergedRegionScanFindsWhatAParserFinds() throws Exception {
        String sheet = "<!-- <mergeCell ref=\"Z1:Z9\"/> --><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\">"
                + "<is><t>&lt;mergeCell ref=\"Y1:Y2\"/&gt;</t></is></c></row></sheetData>"
                + "<mergeCells count=\"4\"><mergeCell ref=\"A1:B2\"/><x:mergeCell xmlns:x=\"" + MAIN + "\""
                + " ref='C3:C9' /><mergeCell\n ref = \"D1:E1\"></mergeCell><![CDATA[<mergeCell ref=\"W1:W2\"/>]]>"
                + "<mergeCell ref=\"F4\"/><mergeCell other=\"G1:G2\" ref=\"H1:H3\"/></mergeCells>";
        Path workbook = handWritten("merged.xlsx", sheet, null, null);
        List<String> expected = List.of("A1:B2", "C3:C9", "D1:E1", "H1:H3");
        try (OPCPackage pkg = OPCPackage.open(workbook.toFile(), PackageAccess.READ)) {
            PackagePart part = firstSheet(pkg);
            assertThat(texts(XlsxWorkbookParts.mergedRegions(part))).containsExactlyElementsOf(expected);
            assertThat(texts(XlsxWorkbookParts.parsedMergedRegions(part.getInputStream())))
                    .containsExactlyElementsOf(expected);
        }
        for (Path corpus : corpusWorkbooks()) {
            try (OPCPackage pkg = OPCPackage.open(corpus.toFile(), PackageAccess.READ)) {
                XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) new XSSFReader(pkg).getSheetsData();
                while (sheets.hasNext()) {
                    sheets.next().close();
                    PackagePart part = sheets.getSheetPart();
                    assertThat(texts(XlsxWorkbookParts.mergedRegions(part))).as(corpus + " " + sheets.getSheetName())
                            .containsExactlyElementsOf(texts(XlsxWorkbookParts.parsedMergedRegions(
                                    part.getInputStream())));
                }
            }
        }
    }

    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    private static List<Path> corpusWorkbooks() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/corpus"))) {
            return files.filter(f -> f.toString().endsWith(".xlsx")).sorted().toList();
        }
    }

    private static List<String> texts(List<CellRangeAddress> regions) {
        return regions.stream().map(CellRangeAddress::formatAsString).toList();
    }

    private static PackagePart firstSheet(OPCPackage pkg) throws Exception {
        XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) new XSSFReader(pkg).getSheetsData();
        sheets.next().close();
        return sheets.getSheetPart();
    }

    /** Every sheet of the workbook read both ways; the event lists must be equal. */
    private static void assertSameEvents(Path workbook) throws Exception {
        try (OPCPackage pkg = OPCPackage.open(workbook.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            StylesTable styles = reader.getStylesTable() == null ? new StylesTable() : reader.getStylesTable();
            ReadOnlySharedStringsTable poiStrings = new ReadOnlySharedStringsTable(pkg, false);
            XlsxSharedStrings strings = XlsxSharedStrings.of(pkg);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            int events = 0;
            while (sheets.hasNext()) {
                sheets.next().close();
                PackagePart part = sheets.getSheetPart();
                Events poi = new Events();
                parse(part, XMLHelper.newXMLReader(),
                        new XSSFSheetXMLHandler(styles, poiStrings, poi, new WorkbookCellText(), false));
                Events ours = new Events();
                parse(part, XlsxXmlReader.create(),
                        new XlsxCellEvents(new XlsxCellFormats(styles), strings, ours, new WorkbookCellText()));
                assertThat(ours.list).as(workbook.getFileName() + " " + sheets.getSheetName())
                        .containsExactlyElementsOf(poi.list);
                events += ours.list.size();
            }
            assertThat(events).as(workbook.getFileName().toString()).isPositive();
        }
    }

    private static void parse(PackagePart sheet, XMLReader xml, DefaultHandler handler) throws Exception {
        try (InputStream in = sheet.getInputStream()) {
            xml.setContentHandler(handler);
            xml.parse(new InputSource(in));
        }
    }

    /** The events as text: "row 3", "cell B4=…", "end 3". */
    private static final class Events implements SheetContentsHandler {
        final List<String> list = new ArrayList<>();

        @Override
        public void startRow(int rowNum) {
            list.add("row " + rowNum);
        }

        @Override
        public void endRow(int rowNum) {
            list.add("end " + rowNum);
        }

        @Override
        public void cell(String cellReference, String formattedValue, XSSFComment comment) {
            list.add("cell " + cellReference + "=" + formattedValue);
        }
    }

    private Path everyKindOfCell(Workbook workbook, String name) throws IOException {
        try (workbook) {
            Sheet sheet = workbook.createSheet("数据");
            CellStyle percent = style(workbook, "0.00%");
            CellStyle date = style(workbook, "yyyy\"年\"m\"月\"d\"日\"");
            CellStyle shortDate = workbook.createCellStyle();
            shortDate.setDataFormat((short) 14);
            CellStyle thousands = style(workbook, "#,##0");
            CellStyle text = style(workbook, "@");
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("地区代码");
            header.createCell(1).setCellValue(new XSSFRichTextString("行_x000D_ 换 "));
            header.createCell(3).setCellValue("  前后空格  ");
            for (int r = 1; r <= 40; r++) {
                Row row = sheet.createRow(r * 2);
                row.createCell(0).setCellValue("45020" + r);
                row.createCell(1).setCellValue(r * 1234.5678);
                cell(row, 2, percent).setCellValue(r / 97.0);
                cell(row, 3, date).setCellValue(LocalDate.of(2019, 1 + r % 12, 1 + r % 28));
                cell(row, 4, shortDate).setCellValue(LocalDate.of(2019, 12, 31));
                cell(row, 5, thousands).setCellValue(r * 100_003.0);
                cell(row, 6, text).setCellValue(r);
                row.createCell(7).setCellValue(r % 2 == 0);
                row.createCell(8).setCellErrorValue(FormulaError.DIV0.getCode());
                row.createCell(9).setCellFormula("B" + (r * 2 + 1) + "*2");
                row.createCell(10).setCellValue(-0.0);
                row.createCell(12).setCellValue(1e20 / r);
                row.createCell(13).setCellValue("");
            }
            Path file = dir.resolve(name);
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
            return file;
        }
    }

    private static CellStyle style(Workbook workbook, String format) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat(format));
        return style;
    }

    private static Cell cell(Row row, int column, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(style);
        return cell;
    }

    /** A workbook of one sheet whose parts are written as given (null: the part is left out). */
    private Path handWritten(String name, String sheetBody, String sharedStrings, String styles) throws IOException {
        Path file = dir.resolve(name);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            String types = "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                    + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                    + (sharedStrings == null ? "" : "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>")
                    + (styles == null ? "" : "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>")
                    + "</Types>";
            String rels = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
            entry(zip, "[Content_Types].xml", types);
            entry(zip, "_rels/.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"" + rels + "officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
            entry(zip, "xl/workbook.xml", "<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + rels.substring(0, rels.length() - 1)
                    + "\"><sheets><sheet name=\"表1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            entry(zip, "xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"" + rels + "worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                    + (sharedStrings == null ? "" : "<Relationship Id=\"rId2\" Type=\"" + rels + "sharedStrings\" Target=\"sharedStrings.xml\"/>")
                    + (styles == null ? "" : "<Relationship Id=\"rId3\" Type=\"" + rels + "styles\" Target=\"styles.xml\"/>")
                    + "</Relationships>");
            entry(zip, "xl/worksheets/sheet1.xml", "<worksheet xmlns=\"" + MAIN + "\">" + sheetBody + "</worksheet>");
            if (sharedStrings != null) {
                entry(zip, "xl/sharedStrings.xml", sharedStrings);
            }
            if (styles != null) {
                entry(zip, "xl/styles.xml", styles);
            }
        }
        return file;
    }

    private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
