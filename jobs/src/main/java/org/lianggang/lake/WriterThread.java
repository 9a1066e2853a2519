package org.lianggang.lake;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Encodes records into a Parquet file on a thread of its own, so that reading the export (the caller's thread) and
 * the Parquet encoding and compression run on two cores. Records travel in blocks of {@value #BLOCK_ROWS} through
 * a queue of at most {@value #QUEUE_BLOCKS} blocks: memory stays bounded, and a scan faster than the encoder waits
 * for it. A failure on the writer's side is thrown to the caller at its next block, and by {@link #finish}.
 *
 * @param <T> the record type
 */
final class WriterThread<T> {

    static final int BLOCK_ROWS = 4096;
    static final int QUEUE_BLOCKS = 8;
    private static final long WAIT_MILLIS = 50;

    private final LakeFileWriter<T> writer;
    private final BlockingQueue<List<T>> queue = new ArrayBlockingQueue<>(QUEUE_BLOCKS);
    private final List<T> end = new ArrayList<>(0);
    private final Thread thread;
    private volatile boolean aborted;
    private volatile Throwable failure;
    private List<T> block = new ArrayList<>(BLOCK_ROWS);

    WriterThread(LakeFileWriter<T> writer, String name) {
        this.writer = writer;
        this.thread = new Thread(this::drain, name);
        thread.setDaemon(true);
        thread.start();
    }

    void add(T record) throws IOException {
        block.add(record);
        if (block.size() == BLOCK_ROWS) {
            hand(block);
            block = new ArrayList<>(BLOCK_ROWS);
        }
    }

    /** Sends the last block, waits until the file is complete (footer written) and reports the writer's failure. */
    void finish() throws IOException {
        hand(block);
        hand(end);
        join();
        if (failure != null) {
            throw new IOException("writing the Parquet file failed: " + failure.getMessage(), failure);
        }
    }

    /** Stops the writer without completing the file; the caller deletes it. */
    void abort() {
        aborted = true;
        queue.clear();
        queue.offer(end);
        join();
    }

    private void hand(List<T> records) throws IOException {
        try {
            while (!queue.offer(records, WAIT_MILLIS, TimeUnit.MILLISECONDS)) {
                if (failure != null || !thread.isAlive()) {
                    break;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while writing", e);
        }
        if (failure != null) {
            throw new IOException("writing the Parquet file failed: " + failure.getMessage(), failure);
        }
    }

    private void drain() {
        try (writer) {
            for (List<T> records = queue.take(); records != end && !aborted; records = queue.take()) {
                for (T record : records) {
                    writer.write(record);
                }
            }
        } catch (Throwable t) {
            // Kept for the caller's thread, which reports it; the queue is emptied so that it never waits on us.
            failure = t;
            queue.clear();
        }
    }

    private void join() {
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
