package org.lianggang.ingest.read.workbook;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.hssf.usermodel.HSSFFormulaEvaluator;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.lianggang.Messages;
import org.lianggang.ingest.problem.InputRejectedException;
import org.lianggang.ingest.read.row.ExportRow;
import org.lianggang.ingest.read.row.SheetNotice;
import org.lianggang.ingest.read.row.TabularFile;

/**
 * One sheet of an .xls workbook (Excel 97–2003), read with HSSF. The whole workbook is held in memory, which the
 * format's limit of 65,536 rows keeps small; rows are still converted to text one at a time, as {@link SheetView}
 * shows them. Formulas are calculated by POI's evaluator rather than trusted to their saved result, which a program
 * that wrote the file without calculating leaves at 0; a formula POI cannot calculate keeps the result Excel saved.
 */
public final class XlsSheetRows implements TabularFile {

    /** The .xls format's column limit. */
    private static final int COLUMNS = 256;

    private final HSSFWorkbook workbook;
    private final Sheet sheet;
    private final boolean date1904;
    private final WorkbookCellText text = new WorkbookCellText();
    private final HSSFFormulaEvaluator formulas;
    private final SheetNotices notices = new SheetNotices();
    private final SheetView view;

    private XlsSheetRows(HSSFWorkbook workbook, Sheet sheet) {
        this.workbook = workbook;
        this.sheet = sheet;
        this.date1904 = workbook.getInternalWorkbook().isUsing1904DateWindowing();
        this.formulas = workbook.getCreationHelper().createFormulaEvaluator();
        BitSet hidden = new BitSet();
        for (int c = 0; c < COLUMNS; c++) {
            hidden.set(c, sheet.isColumnHidden(c));
        }
        this.view = new SheetView(sheet.getMergedRegions(), hidden, notices);
    }

    /**
     * Opens the named sheet, or the one Excel shows, of an OLE2 file. A password-protected workbook, .xls or .xlsx
     * (Excel stores both encrypted inside OLE2), and any file HSSF cannot read are rejected as {@code FILE_UNREADABLE}.
     */
    public static XlsSheetRows open(Path file, String sheetName) {
        String fileName = file.getFileName().toString();
        HSSFWorkbook workbook;
        // Without preserved nodes HSSF copies what it needs, so the file can be closed at once.
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            workbook = new HSSFWorkbook(fs.getRoot(), false);
        } catch (EncryptedDocumentException e) {
            throw WorkbookRefusal.unreadable(fileName, Messages.text("problem.workbook-password"));
        } catch (OldExcelFormatException e) {
            throw WorkbookRefusal.unreadable(fileName, Messages.text("problem.workbook-excel95"));
        } catch (IOException | RuntimeException e) {
            // HSSF reports a damaged file through many exception types, most of them unchecked.
            throw WorkbookRefusal.damaged(fileName, e);
        }
        List<SheetTab> tabs = new ArrayList<>();
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            tabs.add(new SheetTab(workbook.getSheetName(i),
                    !workbook.isSheetHidden(i) && !workbook.isSheetVeryHidden(i)));
        }
        try {
            return new XlsSheetRows(workbook, workbook.getSheetAt(SheetTab.chosen(tabs,
                    workbook.getActiveSheetIndex(), sheetName, fileName)));
        } catch (InputRejectedException e) {
            closeQuietly(workbook, e);
            throw e;
        }
    }

    @Override
    public Iterator<ExportRow> rows() {
        Iterator<Row> physical = sheet.rowIterator();
        return new Iterator<>() {
            private ExportRow ahead;

            @Override
            public boolean hasNext() {
                while (ahead == null && physical.hasNext()) {
                    Row row = physical.next();
                    ahead = view.shown(row.getRowNum(), cells(row), row.getZeroHeight());
                }
                return ahead != null;
            }

            @Override
            public ExportRow next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                ExportRow row = ahead;
                ahead = null;
                return row;
            }
        };
    }

    @Override
    public List<SheetNotice> notices() {
        return notices.list();
    }

    private List<String> cells(Row row) {
        int width = Math.max(row.getLastCellNum(), 0);
        List<String> cells = new ArrayList<>(width);
        for (int c = 0; c < width; c++) {
            Cell cell = row.getCell(c);
            if (cell != null && cell.getCellType() == CellType.FORMULA) {
                calculate(cell);
            }
            cells.add(text.text(cell, date1904));
        }
        return cells;
    }

    /** Replaces the formula's saved result, in memory only, by POI's calculation of it. */
    private void calculate(Cell cell) {
        try {
            formulas.evaluateFormulaCell(cell);
        } catch (RuntimeException e) {
            // A function POI does not implement, a link to another workbook: the result Excel saved stands.
        }
    }

    @Override
    public void close() throws IOException {
        workbook.close();
    }

    private static void closeQuietly(HSSFWorkbook workbook, RuntimeException cause) {
        try {
            workbook.close();
        } catch (IOException e) {
            cause.addSuppressed(e);
        }
    }
}
