package org.lianggang.ingest.read.xlsx;

import org.lianggang.Messages;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.lianggang.ingest.problem.ProblemCode;
import org.lianggang.ingest.read.row.ExportRow;
import org.lianggang.ingest.read.row.SheetNotice;
import org.lianggang.ingest.read.workbook.SheetNotices;
import org.lianggang.ingest.read.workbook.SheetView;

/**
 * Turns the cell events of one .xlsx sheet into rows as {@link SheetView} shows them: each cell placed at its column,
 * a cell the sheet leaves out as "", the row numbered as in the sheet (1-based). Rows the sheet leaves out entirely
 * are not reported. A formula cell without a result is a {@code FORMULA_NOT_CALCULATED} notice.
 */
final class XlsxRowCollector implements SheetContentsHandler {

    /** POI's event API writes an error cell as "ERROR:#DIV/0!"; a person sees "#DIV/0!", as .xls gives it. */
    private static final String ERROR_PREFIX = "ERROR:#";
    static String formulaNotCalculated() {
        return Messages.text("problem.formula-not-calculated");
    }

    private final Consumer<ExportRow> rows;
    private final SheetNotices notices;
    private final BitSet hiddenColumns = new BitSet();
    private SheetView view;
    private final List<CellRangeAddress> merged;
    private List<String> cells = new ArrayList<>();
    private int rowNum;
    private boolean rowHidden;

    XlsxRowCollector(Consumer<ExportRow> rows, List<CellRangeAddress> merged, SheetNotices notices) {
        this.rows = rows;
        this.merged = merged;
        this.notices = notices;
    }

    /** Columns from first to last (0-based, inclusive) are hidden; told before the first row. */
    void hideColumns(int first, int last) {
        hiddenColumns.set(first, last + 1);
    }

    void rowHidden(boolean hidden) {
        rowHidden = hidden;
    }

    void uncalculatedFormula(String cellReference, String formula) {
        int column = cellReference == null ? cells.size() : column(cellReference);
        notices.add(new SheetNotice(ProblemCode.FORMULA_NOT_CALCULATED, rowNum + 1L, column, formula,
                formulaNotCalculated()));
    }

    @Override
    public void startRow(int rowNum) {
        this.rowNum = rowNum;
        rowHidden = false;
        cells = new ArrayList<>();
    }

    @Override
    public void cell(String cellReference, String formattedValue, XSSFComment comment) {
        // Some writers leave out the reference; Excel then takes the column after the previous cell.
        int column = cellReference == null ? cells.size() : column(cellReference);
        String text = formattedValue == null ? "" : shown(formattedValue);
        while (cells.size() < column) {
            cells.add("");
        }
        if (column < cells.size()) {
            cells.set(column, text);
        } else {
            cells.add(text);
        }
    }

    @Override
    public void endRow(int rowNum) {
        if (view == null) {
            view = new SheetView(merged, hiddenColumns, notices); // the <cols> come before the first row
        }
        ExportRow row = view.shown(rowNum, cells, rowHidden);
        if (row != null) {
            rows.accept(row);
        }
    }

    /** The 0-based column of a reference such as "AB12"; POI's parse for any other form ("$A$1", "a1"). */
    static int column(String reference) {
        int column = 0;
        int i = 0;
        for (; i < reference.length() && i < 4; i++) {
            char c = reference.charAt(i);
            if (c < 'A' || c > 'Z') {
                break;
            }
            column = column * 26 + (c - 'A' + 1);
        }
        if (i == 0 || i == reference.length() || i == 4) {
            return new CellAddress(reference).getColumn();
        }
        for (int d = i; d < reference.length(); d++) {
            char c = reference.charAt(d);
            if (c < '0' || c > '9' || d - i >= 9) {
                return new CellAddress(reference).getColumn();
            }
        }
        return column - 1;
    }

    private static String shown(String value) {
        return value.startsWith(ERROR_PREFIX) ? value.substring(ERROR_PREFIX.length() - 1) : value;
    }
}
