package org.lianggang.ingest.read.csv;

import java.util.Iterator;
import org.lianggang.HandOff;
import org.lianggang.ingest.read.row.ExportRow;

/**
 * Reads the rows of a large text export on a thread of its own, a few blocks ahead of the scan, so that decoding and
 * CSV parsing overlap with mapping the rows (and the lake's writer thread with both). At most {@value #QUEUE_BLOCKS}
 * blocks of {@value #BLOCK_ROWS} rows wait in between ({@link HandOff}), so memory stays bounded. A read error is
 * thrown by {@link #next} or {@link #hasNext} on the scan's side, as the source iterator would have thrown it.
 */
final class ReadAheadRows implements Iterator<ExportRow>, AutoCloseable {

    static final int BLOCK_ROWS = 1024;
    static final int QUEUE_BLOCKS = 8;

    private final HandOff<ExportRow> rows;

    ReadAheadRows(Iterator<ExportRow> source, String name) {
        this.rows = HandOff.reading(name, BLOCK_ROWS, QUEUE_BLOCKS, source::forEachRemaining);
    }

    @Override
    public boolean hasNext() {
        return rows.hasNext();
    }

    @Override
    public ExportRow next() {
        return rows.next();
    }

    /** Stops the reading thread (the scan may stop early, e.g. at a rejected header) and waits for it. */
    @Override
    public void close() {
        rows.close();
    }
}
