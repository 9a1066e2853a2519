package org.lianggang.ingest.read.row;

import java.io.IOException;
import java.util.Iterator;
import java.util.List;

/**
 * A department export opened for reading, whatever its format: every row of the sheet streamed top to bottom
 * (title rows, header rows, data, totals and notes alike) as text cells with its 1-based row number in the file.
 * Finding the header among them is {@code HeaderLocator}'s work, the same for every format.
 */
public interface TabularFile extends AutoCloseable {

    Iterator<ExportRow> rows();

    /** What the reader saw and left out of the rows so far (hidden rows and columns, uncalculated formulas). */
    default List<SheetNotice> notices() {
        return List.of();
    }

    @Override
    void close() throws IOException;
}
