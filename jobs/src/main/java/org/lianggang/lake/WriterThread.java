package org.lianggang.lake;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.lianggang.HandOff;

/**
 * Encodes records into a Parquet file on a thread of its own, so that reading the export (the caller's thread) and
 * the Parquet encoding and compression run on two cores. Records travel in blocks of {@value #BLOCK_ROWS} through
 * a queue of at most {@value #QUEUE_BLOCKS} blocks ({@link HandOff}): memory stays bounded, and a scan faster than
 * the encoder waits for it. A failure on the writer's side is thrown to the caller at its next block, and by
 * {@link #finish}.
 *
 * @param <T> the record type
 */
final class WriterThread<T> {

    static final int BLOCK_ROWS = 4096;
    static final int QUEUE_BLOCKS = 8;

    private final HandOff<T> records;

    WriterThread(LakeFileWriter<T> writer, String name) {
        this.records = HandOff.writing(name, BLOCK_ROWS, QUEUE_BLOCKS, items -> {
            try (writer) {
                while (items.hasNext()) {
                    writer.write(items.next());
                }
            }
        });
    }

    void add(T record) throws IOException {
        try {
            records.put(record);
        } catch (HandOff.Stopped e) {
            throw failed(e);
        } catch (UncheckedIOException e) {
            throw e.getCause(); // interrupted while waiting for the writer
        }
    }

    /** Sends the last block, waits until the file is complete (footer written) and reports the writer's failure. */
    void finish() throws IOException {
        try {
            records.finish();
        } catch (HandOff.Stopped e) {
            throw failed(e);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Stops the writer without completing the file; the caller deletes it. */
    void abort() {
        records.close();
    }

    private static IOException failed(HandOff.Stopped stopped) {
        Throwable failure = stopped.getCause() == null ? stopped : stopped.getCause();
        return new IOException("writing the Parquet file failed: " + failure.getMessage(), failure);
    }
}
