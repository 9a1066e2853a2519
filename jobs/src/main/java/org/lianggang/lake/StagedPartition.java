package org.lianggang.lake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.apache.parquet.hadoop.ParquetWriter;

/**
 * The new content of one partition while it is being written: a Parquet file under the lake's staging directory,
 * invisible to readers until {@link Lake#commit} moves it into place. Closing it uncommitted deletes it.
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
    private final ParquetWriter<T> writer;
    private long rows;
    private boolean writing = true;

    StagedPartition(Lake lake, LakeTable<T> table, String source, int year, String sha256, Path dir)
            throws IOException {
        this.lake = lake;
        this.table = table;
        this.source = source;
        this.year = year;
        this.sha256 = sha256;
        this.dir = dir;
        this.file = dir.resolve(Lake.partFileName(sha256));
        this.writer = ParquetFiles.open(file, table);
    }

    public void write(T record) {
        try {
            writer.write(record);
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

    /** Flushes the footer; after this the file is complete but still staged. */
    Path finish() throws IOException {
        if (writing) {
            writing = false;
            writer.close();
        }
        return file;
    }

    @Override
    public void close() throws IOException {
        finish();
        lake.discard(dir);
    }
}
