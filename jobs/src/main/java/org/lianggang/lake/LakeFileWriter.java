package org.lianggang.lake;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.parquet.bytes.HeapByteBufferAllocator;
import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.column.ColumnWriteStore;
import org.apache.parquet.column.ColumnWriter;
import org.apache.parquet.column.ParquetProperties;
import org.apache.parquet.compression.CompressionCodecFactory;
import org.apache.parquet.hadoop.ColumnChunkPageWriteStore;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.schema.MessageType;

/**
 * Writes the records of one lake table into one Parquet file, straight into parquet-java's column writers. Lake
 * tables are flat, so the record-assembly layer that {@code ParquetWriter} puts in front of the column writers
 * (start/end of every field, null bookkeeping per level) does nothing for us but cost a third of the encoding time
 * on large files; this class is the part of {@code ParquetWriter} we need: row groups, pages and the footer. The
 * file is complete only after {@link #close}.
 *
 * @param <T> the table's record type
 */
final class LakeFileWriter<T> implements AutoCloseable {

    private static final int SIZE_CHECK_ROWS = 10_000;
    private static final int COLUMN_INDEX_TRUNCATE_LENGTH = 64;

    private final LakeTable<T> table;
    private final MessageType schema;
    private final ParquetProperties properties;
    private final CompressionCodecFactory.BytesInputCompressor compressor;
    private final ParquetFileWriter file;
    private final int rowGroupRows;
    private final long rowGroupBytes;
    private final ParquetRow row;
    private ColumnChunkPageWriteStore pages;
    private ColumnWriteStore columns;
    private long rowsInGroup;

    LakeFileWriter(Path path, LakeTable<T> table, ParquetProperties properties, CompressionCodecFactory codecs,
                   int rowGroupRows, long rowGroupBytes) throws IOException {
        this.table = table;
        this.schema = table.schema();
        this.properties = properties;
        this.compressor = codecs.getCompressor(CompressionCodecName.ZSTD);
        this.rowGroupRows = rowGroupRows;
        this.rowGroupBytes = rowGroupBytes;
        this.file = new ParquetFileWriter(new LocalOutputFile(path), schema, ParquetFileWriter.Mode.CREATE,
                rowGroupBytes, 0, null, properties);
        file.start();
        this.row = new ParquetRow(schema);
        startRowGroup();
    }

    void write(T record) throws IOException {
        row.begin();
        table.writer().accept(record, row);
        row.end();
        columns.endRecord();
        if (++rowsInGroup >= rowGroupRows
                || rowsInGroup % SIZE_CHECK_ROWS == 0 && columns.getBufferedSize() >= rowGroupBytes) {
            endRowGroup();
            startRowGroup();
        }
    }

    /** Writes the last row group and the footer. */
    @Override
    public void close() throws IOException {
        if (rowsInGroup > 0) {
            endRowGroup();
        } else {
            columns.close();
            pages.close();
        }
        file.end(Map.of("lianggang.table", table.name()));
    }

    private void startRowGroup() {
        pages = new ColumnChunkPageWriteStore(compressor, schema, new HeapByteBufferAllocator(),
                COLUMN_INDEX_TRUNCATE_LENGTH, properties.getPageWriteChecksumEnabled());
        columns = properties.newColumnWriteStore(schema, pages, pages);
        List<ColumnDescriptor> descriptors = schema.getColumns();
        ColumnWriter[] writers = new ColumnWriter[descriptors.size()];
        for (int i = 0; i < writers.length; i++) {
            writers[i] = columns.getColumnWriter(descriptors.get(i));
        }
        row.writeTo(writers);
        rowsInGroup = 0;
    }

    private void endRowGroup() throws IOException {
        columns.flush();
        file.startBlock(rowsInGroup);
        pages.flushToFileWriter(file);
        file.endBlock();
        columns.close();
        pages.close();
    }
}
