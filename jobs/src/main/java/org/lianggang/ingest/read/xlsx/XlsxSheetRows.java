package org.lianggang.ingest.read.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.lianggang.HandOff;
import org.lianggang.Messages;
import org.lianggang.ingest.problem.InputRejectedException;
import org.lianggang.ingest.read.row.ExportRow;
import org.lianggang.ingest.read.row.SheetNotice;
import org.lianggang.ingest.read.row.TabularFile;
import org.lianggang.ingest.read.workbook.SheetNotices;
import org.lianggang.ingest.read.workbook.SheetTab;
import org.lianggang.ingest.read.workbook.WorkbookCellText;
import org.lianggang.ingest.read.workbook.WorkbookRefusal;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * One sheet of an .xlsx workbook, streamed. A parser thread reads the sheet's XML with POI's SAX event API and hands
 * rows over in batches through a small bounded queue, so memory stays bounded however long the sheet is; only the
 * shared strings (one copy of each distinct text), the styles and the sheet's merged regions (read before, in a
 * scan of their own: {@link XlsxWorkbookParts}) are held whole. The cell events are POI's, without its cost per
 * cell ({@link XlsxCellEvents}). {@link #close()} stops the parser
 * and closes the file, also when the rows were not read to the end.
 */
public final class XlsxSheetRows implements TabularFile {

    private static final int BATCH_ROWS = 256;
    private static final int QUEUED_BATCHES = 16;

    private final OPCPackage workbook;
    private final XlsxSharedStrings strings;
    private final String fileName;
    private final SheetNotices notices = new SheetNotices();
    private final HandOff<ExportRow> rows;

    private XlsxSheetRows(OPCPackage workbook, String fileName, InputStream sheet, List<CellRangeAddress> merged,
                          StylesTable styles, XlsxSharedStrings strings) {
        this.workbook = workbook;
        this.strings = strings;
        this.fileName = fileName;
        this.rows = HandOff.reading("xlsx-rows " + fileName, BATCH_ROWS, QUEUED_BATCHES,
                out -> parse(sheet, merged, styles, out));
    }

    /** Opens the named sheet, or the one Excel shows; a file POI cannot open is rejected as {@code FILE_UNREADABLE}. */
    public static XlsxSheetRows open(Path file, String sheetName) {
        String fileName = file.getFileName().toString();
        OPCPackage workbook;
        try {
            workbook = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (OpenXML4JException | RuntimeException e) {
            throw WorkbookRefusal.damaged(fileName, e);
        }
        try {
            XSSFReader reader = new XSSFReader(workbook);
            PackagePart sheet = sheet(reader, sheetName, fileName);
            List<CellRangeAddress> merged = XlsxWorkbookParts.mergedRegions(sheet);
            StylesTable styles = reader.getStylesTable();
            XlsxSharedStrings strings = XlsxSharedStrings.of(workbook);
            return new XlsxSheetRows(workbook, fileName, sheet.getInputStream(), merged,
                    styles == null ? new StylesTable() : styles, strings);
        } catch (InputRejectedException e) {
            workbook.revert();
            throw e;
        } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException | RuntimeException e) {
            // POI reports a damaged package through many exception types, most of them unchecked.
            workbook.revert();
            throw WorkbookRefusal.damaged(fileName, e);
        }
    }

    /** The part of the sheet to read: named, or chosen by its visibility in workbook.xml and the active tab. */
    private static PackagePart sheet(XSSFReader reader, String sheetName, String fileName)
            throws IOException, OpenXML4JException, SAXException, ParserConfigurationException {
        XlsxWorkbookParts.Tabs tabs = XlsxWorkbookParts.tabs(reader.getWorkbookData());
        Map<String, Boolean> visible = new HashMap<>();
        tabs.sheets().forEach(t -> visible.putIfAbsent(t.name(), t.visible()));
        String activeName = tabs.active() < tabs.sheets().size() ? tabs.sheets().get(tabs.active()).name() : null;
        List<SheetTab> names = new ArrayList<>();
        List<PackagePart> parts = new ArrayList<>();
        int active = -1;
        XSSFReader.SheetIterator sheets = reader.getSheetIterator();
        while (sheets.hasNext()) {
            sheets.next().close(); // the iterator opens each sheet; only the chosen one is read, from its part
            String name = sheets.getSheetName();
            active = name.equals(activeName) ? names.size() : active;
            names.add(new SheetTab(name, visible.getOrDefault(name, true)));
            parts.add(sheets.getSheetPart());
        }
        return parts.get(SheetTab.chosen(names, active, sheetName, fileName));
    }

    @Override
    public List<SheetNotice> notices() {
        return notices.list();
    }

    @Override
    public Iterator<ExportRow> rows() {
        return rows;
    }

    /** Runs on the parser thread: hands on every row shown; a sheet that cannot be read is FILE_UNREADABLE. */
    private void parse(InputStream sheet, List<CellRangeAddress> merged, StylesTable styles, Consumer<ExportRow> out) {
        long[] lastRow = {0};
        XlsxRowCollector collector = new XlsxRowCollector(row -> {
            lastRow[0] = row.number();
            out.accept(row);
        }, merged, notices);
        XlsxSheetEvents handler = new XlsxSheetEvents(new XlsxCellEvents(new XlsxCellFormats(styles), strings,
                collector, new WorkbookCellText()), collector);
        try (sheet) {
            XMLReader xml = XlsxXmlReader.create();
            xml.setContentHandler(handler);
            xml.parse(new InputSource(sheet));
        } catch (IOException | SAXException | RuntimeException e) {
            // also when the reader closed the file and the hand-off stopped the parse: it is not told then
            throw WorkbookRefusal.unreadable(fileName,
                    Messages.text("problem.workbook-sheet-broken", lastRow[0], e.getMessage()));
        }
    }

    /** Stops the parser, also when the rows were not read to the end, and closes the file. */
    @Override
    public void close() {
        rows.close();
        workbook.revert(); // opened read-only: close without saving
        try {
            strings.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
