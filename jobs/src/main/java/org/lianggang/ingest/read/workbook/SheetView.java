package org.lianggang.ingest.read.workbook;

import org.lianggang.Messages;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.ss.util.CellRangeAddress;
import org.lianggang.ingest.problem.ProblemCode;
import org.lianggang.ingest.read.row.ExportRow;
import org.lianggang.ingest.read.row.SheetNotice;

/**
 * A sheet's rows as Excel shows them to a person, the same for .xlsx and .xls: a merged cell's value is carried to
 * every cell it covers (a year merged down a column, a county merged over its rows); a hidden row is left out and a
 * hidden column's cells are blanked, each named by a warning when it held anything, so that no figure a person set
 * aside is loaded and none disappears without a word. Rows come in sheet order; regions are held while they cover
 * the current row.
 */
public final class SheetView {

    private static final int SHOWN_TEXT = 60;
    /** A cell that shows a figure (a note row merged across the table, 注：…, is not one). */
    private static final java.util.regex.Pattern FIGURE = java.util.regex.Pattern.compile("[-+]?\\d[\\d,，]*(\\.\\d+)?%?");

    /** A merged region and the text of its top-left cell, once its first row was read. */
    private record Carried(CellRangeAddress region, String text) {
    }

    private final Iterator<CellRangeAddress> upcoming;
    private CellRangeAddress next;
    private final List<Carried> active = new ArrayList<>();
    private final BitSet hiddenColumns;
    private final BitSet reportedColumns = new BitSet();
    private final SheetNotices notices;

    public SheetView(List<CellRangeAddress> merged, BitSet hiddenColumns, SheetNotices notices) {
        this.upcoming = merged.stream().filter(r -> r.getNumberOfCells() > 1)
                .sorted(Comparator.comparingInt(CellRangeAddress::getFirstRow)).toList().iterator();
        this.next = upcoming.hasNext() ? upcoming.next() : null;
        this.hiddenColumns = hiddenColumns;
        this.notices = notices;
    }

    /** The row (0-based index, its cells as written) as shown, or null when the row is hidden. */
    public ExportRow shown(int rowIndex, List<String> written, boolean hidden) {
        List<String> cells = new ArrayList<>(written);
        boolean blank = new ExportRow(rowIndex + 1L, cells).blank();
        carryMerged(rowIndex, cells);
        if (hidden) {
            if (!blank) {
                notices.add(new SheetNotice(ProblemCode.HIDDEN_ROW, rowIndex + 1L, -1, shortText(written),
                        Messages.text("problem.hidden-row")));
            }
            return null;
        }
        blankHiddenColumns(rowIndex, cells);
        return new ExportRow(rowIndex + 1L, cells);
    }

    private void carryMerged(int rowIndex, List<String> cells) {
        while (next != null && next.getFirstRow() <= rowIndex) {
            String text = next.getFirstRow() == rowIndex && next.getFirstColumn() < cells.size()
                    ? cells.get(next.getFirstColumn()) : "";
            active.add(new Carried(next, text));
            noticeFigureCandidates(next, text);
            next = upcoming.hasNext() ? upcoming.next() : null;
        }
        active.removeIf(c -> c.region().getLastRow() < rowIndex);
        for (Carried carried : active) {
            CellRangeAddress region = carried.region();
            while (cells.size() <= region.getLastColumn()) {
                cells.add("");
            }
            for (int c = region.getFirstColumn(); c <= region.getLastColumn(); c++) {
                cells.set(c, carried.text());
            }
        }
    }

    /**
     * A merged region showing a figure is named for every column it covers: the loader keeps the notice only where the
     * column carries figures below the header (a region merged there cannot be assigned), and drops it elsewhere
     * (a year or a county merged over its rows, a header cell merged over its columns).
     */
    private void noticeFigureCandidates(CellRangeAddress region, String text) {
        if (!FIGURE.matcher(text.strip()).matches()) {
            return;
        }
        for (int c = region.getFirstColumn(); c <= region.getLastColumn(); c++) {
            notices.add(new SheetNotice(ProblemCode.MERGED_FIGURE, region.getFirstRow() + 1L, c, text, Messages.text(
                    "problem.merged-figure", region.formatAsString(), region.getNumberOfCells())));
        }
    }

    private void blankHiddenColumns(int rowIndex, List<String> cells) {
        for (int c = hiddenColumns.nextSetBit(0); c >= 0 && c < cells.size(); c = hiddenColumns.nextSetBit(c + 1)) {
            String text = cells.get(c);
            if (text.isBlank()) {
                continue;
            }
            if (!reportedColumns.get(c)) {
                reportedColumns.set(c);
                notices.add(new SheetNotice(ProblemCode.HIDDEN_COLUMN, rowIndex + 1L, c, text,
                        Messages.text("problem.hidden-column")));
            }
            cells.set(c, "");
        }
    }

    private static String shortText(List<String> cells) {
        String text = cells.stream().map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.joining(","));
        return text.length() <= SHOWN_TEXT ? text : text.substring(0, SHOWN_TEXT) + "…";
    }
}
