package org.lianggang.lake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * The new content of one partition while it is being written: a Parquet file under the lake's staging directory,
 * invisible to readers until {@link Lake#commit} moves it into place. Closing it uncommitted deletes it. Records are
 * encoded on a writer thread of their own ({@link WriterThread}); the file is complete, and may be committed, only
 * once that thread has finished without error.
 *
 * @param <T> the table's record type
 */
public final class StagedPartition<T> implements AutoCloseable {

    private final Lake lake;
    private final LakeTable<T> table;
    private final String source;
    private final int year;
    private final String sha256;
    private final Path dir;
    private final Path file;
    private final WriterThread<T> writer;
    private long rows;
    private boolean writing = true;

    StagedPartition(Lake lake, LakeTable<T> table, String source, int year, String sha256, Path dir,
                    String fileName) throws IOException {
        this.lake = lake;
        this.table = table;
        this.source = source;
        this.year = year;
        this.sha256 = sha256;
        this.dir = dir;
        this.file = dir.resolve(fileName);
        this.writer = new WriterThread<>(ParquetFiles.open(file, table), "lake-writer-" + table.name());
    }

    public void write(T record) {
        try {
            writer.add(record);
            rows++;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write staged partition " + file, e);
        }
    }

    public long rows() {
        return rows;
    }

    LakeTable<T> table() {
        return table;
    }

    String source() {
        return source;
    }

    int year() {
        return year;
    }

    String sha256() {
        return sha256;
    }

    Path dir() {
        return dir;
    }

    /** Waits for the writer to write the footer; after this the file is complete but still staged. */
    Path finish() throws IOException {
        if (writing) {
            writing = false;
            writer.finish();
        }
        return file;
    }

    /** Discards the staged file; a writer still running (the load failed) is stopped first. */
    @Override
    public void close() {
        if (writing) {
            writing = false;
            writer.abort();
        }
        lake.discard(dir);
    }
}
