package org.lianggang.ingest.map.header;

import org.lianggang.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.lianggang.ingest.problem.Problem;
import org.lianggang.ingest.problem.ProblemCode;
import org.lianggang.ingest.read.row.ExportRow;

/**
 * Columns with a blank header before the header's last named column (a header cleared by hand, a column inserted
 * without one) that hold cells below the header. Nobody can tell what such a figure is, and skipping it would drop a
 * clerk's figure without a word, so each such column is one UNNAMED_COLUMN problem naming its first cell, and the
 * file is refused. Blank header cells after the last named one are no columns: a cell there is
 * {@link HeaderMapping#cellsPastHeader CELLS_PAST_HEADER}.
 */
public final class UnnamedColumns {

    private final int[] columns;
    private final long[] firstRow;
    private final String[] firstCell;
    private final long[] cells;

    public UnnamedColumns(List<String> header) {
        int last = header.size() - 1;
        while (last >= 0 && header.get(last).isBlank()) {
            last--;
        }
        this.columns = IntStream.range(0, Math.max(last, 0)).filter(i -> header.get(i).isBlank()).toArray();
        this.firstRow = new long[columns.length];
        this.firstCell = new String[columns.length];
        this.cells = new long[columns.length];
    }

    /** Notes a row below the header (data or totals; notes, which may be merged across the table, are not looked at). */
    public void look(ExportRow row) {
        for (int i = 0; i < columns.length; i++) {
            String cell = row.cell(columns[i]);
            if (!cell.isEmpty() && cells[i]++ == 0) {
                firstRow[i] = row.number();
                firstCell[i] = cell;
            }
        }
    }

    public List<Problem> problems(String file) {
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < columns.length; i++) {
            if (cells[i] > 0) {
                problems.add(new Problem(ProblemCode.UNNAMED_COLUMN, file, firstRow[i],
                        ColumnNames.describe(columns[i], null), firstCell[i], Messages.text("problem.unnamed-column", cells[i],
                        firstRow[i])));
            }
        }
        return problems;
    }
}
