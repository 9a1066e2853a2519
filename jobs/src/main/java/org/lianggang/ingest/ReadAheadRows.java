package org.lianggang.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Reads the rows of a large text export on a thread of its own, a few blocks ahead of the scan, so that decoding and
 * CSV parsing overlap with mapping the rows (and the lake's writer thread with both). At most {@value #QUEUE_BLOCKS}
 * blocks of {@value #BLOCK_ROWS} rows wait in between, so memory stays bounded. A read error is thrown by
 * {@link #next} or {@link #hasNext} on the scan's side, as the source iterator would have thrown it.
 */
final class ReadAheadRows implements Iterator<ExportRow>, AutoCloseable {

    static final int BLOCK_ROWS = 1024;
    static final int QUEUE_BLOCKS = 8;
    private static final long WAIT_MILLIS = 50;

    private final BlockingQueue<List<ExportRow>> queue = new ArrayBlockingQueue<>(QUEUE_BLOCKS);
    private final List<ExportRow> end = new ArrayList<>(0);
    private final Thread thread;
    private volatile boolean closed;
    private volatile RuntimeException failure;
    private List<ExportRow> block = List.of();
    private int next;

    ReadAheadRows(Iterator<ExportRow> source, String name) {
        this.thread = new Thread(() -> read(source), name);
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public boolean hasNext() {
        while (next >= block.size()) {
            if (block == end) {
                return false;
            }
            block = take();
            next = 0;
        }
        return true;
    }

    @Override
    public ExportRow next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return block.get(next++);
    }

    /** Stops the reading thread (the scan may stop early, e.g. at a rejected header) and waits for it. */
    @Override
    public void close() {
        closed = true;
        queue.clear();
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                queue.clear();
                thread.join(WAIT_MILLIS);
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private List<ExportRow> take() {
        try {
            List<ExportRow> taken = queue.take();
            if (taken == end && failure != null) {
                throw failure;
            }
            return taken;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UncheckedIOException(new IOException("interrupted while reading", e));
        }
    }

    private void read(Iterator<ExportRow> source) {
        List<ExportRow> rows = new ArrayList<>(BLOCK_ROWS);
        try {
            while (!closed && source.hasNext()) {
                rows.add(source.next());
                if (rows.size() == BLOCK_ROWS) {
                    put(rows);
                    rows = new ArrayList<>(BLOCK_ROWS);
                }
            }
        } catch (RuntimeException e) {
            // Handed to the scan after the rows read before it, as the source iterator would have thrown it.
            failure = e;
        } catch (Error e) {
            failure = new IllegalStateException("reading rows failed: " + e, e);
        }
        if (!rows.isEmpty()) {
            put(rows);
        }
        put(end);
    }

    private void put(List<ExportRow> rows) {
        try {
            while (!closed && !queue.offer(rows, WAIT_MILLIS, TimeUnit.MILLISECONDS)) {
                // the scan is busy; wait, unless it closed us
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
