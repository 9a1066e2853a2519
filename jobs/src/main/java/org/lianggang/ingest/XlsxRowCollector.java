package org.lianggang.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;

/**
 * Turns the cell events of one .xlsx sheet into rows: each cell placed at its column, a cell the sheet leaves out as
 * "", the row numbered as in the sheet (1-based). Rows the sheet leaves out entirely are not reported.
 */
final class XlsxRowCollector implements SheetContentsHandler {

    /** POI's event API writes an error cell as "ERROR:#DIV/0!"; a person sees "#DIV/0!", as .xls gives it. */
    private static final String ERROR_PREFIX = "ERROR:#";

    private final Consumer<ExportRow> rows;
    private List<String> cells = new ArrayList<>();

    XlsxRowCollector(Consumer<ExportRow> rows) {
        this.rows = rows;
    }

    @Override
    public void startRow(int rowNum) {
        cells = new ArrayList<>();
    }

    @Override
    public void cell(String cellReference, String formattedValue, XSSFComment comment) {
        // Some writers leave out the reference; Excel then takes the column after the previous cell.
        int column = cellReference == null ? cells.size() : new CellAddress(cellReference).getColumn();
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
        rows.accept(new ExportRow(rowNum + 1L, cells));
    }

    private static String shown(String value) {
        return value.startsWith(ERROR_PREFIX) ? value.substring(ERROR_PREFIX.length() - 1) : value;
    }
}
