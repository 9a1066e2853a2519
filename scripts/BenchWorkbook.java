import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes the benchmark's .xlsx input (run by scripts/bench-ingest): the same rows as the CSV that BenchExport wrote,
 * as Excel itself saves them. Texts (codes, names, elements, groups) go to the shared strings table, the year and the
 * figures are numbers, the figures with Excel's "#,##0" format (style 1), every cell with its reference. The XML is
 * written directly, so no library is needed; the CSV's cells hold no commas or quotes.
 *
 * <p>Usage: java BenchWorkbook.java IN.csv OUT.xlsx
 */
public class BenchWorkbook {

    /** Columns written as numbers: 年份 and 数值 of the long layout. */
    static final List<Integer> NUMERIC = List.of(2, 7);

    public static void main(String[] args) throws IOException {
        Path csv = Path.of(args[0]);
        Path out = Path.of(args[1]);
        Map<String, Integer> strings = new LinkedHashMap<>();
        long references = 0;
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(out));
             Writer w = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8), 1 << 20)) {
            part(zip, w, "[Content_Types].xml", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
                    <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
                    <Default Extension="xml" ContentType="application/xml"/>\
                    <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
                    <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>\
                    <Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>\
                    <Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>\
                    </Types>""");
            part(zip, w, "_rels/.rels", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>\
                    </Relationships>""");
            part(zip, w, "xl/workbook.xml", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
                    xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
                    <bookViews><workbookView activeTab="0"/></bookViews>\
                    <sheets><sheet name="数据" sheetId="1" r:id="rId1"/></sheets></workbook>""");
            part(zip, w, "xl/_rels/workbook.xml.rels", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>\
                    <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>\
                    <Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>\
                    </Relationships>""");
            part(zip, w, "xl/styles.xml", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
                    <fonts count="1"><font><sz val="11"/><name val="等线"/></font></fonts>\
                    <fills count="1"><fill><patternFill patternType="none"/></fill></fills>\
                    <borders count="1"><border/></borders>\
                    <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
                    <cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
                    <xf numFmtId="3" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>\
                    </styleSheet>""");
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            w.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet"
                    + " xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
                    + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                    + "<sheetViews><sheetView workbookViewId=\"0\"/></sheetViews>"
                    + "<sheetFormatPr defaultRowHeight=\"14.25\"/><sheetData>");
            try (BufferedReader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
                int row = 0;
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    row++;
                    w.write("<row r=\"" + row + "\">");
                    String[] cells = line.split(",", -1);
                    for (int c = 0; c < cells.length; c++) {
                        if (cells[c].isEmpty()) {
                            continue;
                        }
                        String ref = (char) ('A' + c) + Integer.toString(row);
                        if (row > 1 && NUMERIC.contains(c)) {
                            w.write("<c r=\"" + ref + "\"" + (c == 7 ? " s=\"1\"" : "") + "><v>" + cells[c] + "</v></c>");
                        } else {
                            Integer id = strings.computeIfAbsent(cells[c], s -> strings.size());
                            references++;
                            w.write("<c r=\"" + ref + "\" t=\"s\"><v>" + id + "</v></c>");
                        }
                    }
                    w.write("</row>");
                }
            }
            w.write("</sheetData><pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\""
                    + " footer=\"0.3\"/></worksheet>");
            w.flush();
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
            w.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<sst"
                    + " xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"" + references
                    + "\" uniqueCount=\"" + strings.size() + "\">");
            for (String s : new ArrayList<>(strings.keySet())) {
                w.write("<si><t>" + s + "</t></si>");
            }
            w.write("</sst>");
            w.flush();
            zip.closeEntry();
        }
    }

    private static void part(ZipOutputStream zip, Writer w, String name, String xml) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        w.write(xml);
        w.flush();
        zip.closeEntry();
    }
}
