package org.lianggang.lake;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.conf.ParquetConfiguration;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.io.OutputFile;
import org.apache.parquet.io.api.RecordConsumer;

/**
 * Opens Parquet writers for lake tables: ZSTD, dictionary encoding, and row groups of at most a million rows so
 * that DuckDB scans a large partition on all cores.
 */
final class ParquetFiles {

    static final int ROW_GROUP_ROWS = 1_000_000;

    private ParquetFiles() {
    }

    static <T> ParquetWriter<T> open(Path file, LakeTable<T> table) throws IOException {
        return new Builder<>(new LocalOutputFile(file), table)
                .withConf(new PlainParquetConfiguration())
                .withCodecFactory(new ZstdCodecFactory())
                .withCompressionCodec(CompressionCodecName.ZSTD)
                .withDictionaryEncoding(true)
                .withRowGroupRowCountLimit(ROW_GROUP_ROWS)
                // Min/max stay (DuckDB prunes row groups with them); the per-value size histograms, which no reader
                // of ours uses, and min/max of the 64-character digest (one value per file) cost a compare per row.
                .withSizeStatisticsEnabled(false)
                .withStatisticsEnabled("file_sha256", false)
                // Nor are min/max of the few-valued columns (source, sex, area, age group, missing reason: one to
                // a handful of values in every row group, so they prune nothing) worth a byte comparison per row:
                // about a tenth of the writer thread's CPU. Year, region, element, value and row keep theirs.
                .withStatisticsEnabled("source", false)
                .withStatisticsEnabled("sex", false)
                .withStatisticsEnabled("area", false)
                .withStatisticsEnabled("age_group", false)
                .withStatisticsEnabled("missing_reason", false)
                // Every row's own number: a dictionary would only grow until parquet-java gives it up.
                .withDictionaryEncoding("row_number", false)
                .build();
    }

    private static final class Builder<T> extends ParquetWriter.Builder<T, Builder<T>> {

        private final LakeTable<T> table;

        Builder(OutputFile file, LakeTable<T> table) {
            super(file);
            this.table = table;
        }

        @Override
        protected Builder<T> self() {
            return this;
        }

        @Override
        protected WriteSupport<T> getWriteSupport(ParquetConfiguration conf) {
            return new TableWriteSupport<>(table);
        }

        @Override
        protected WriteSupport<T> getWriteSupport(Configuration conf) {
            return new TableWriteSupport<>(table);
        }
    }

    private static final class TableWriteSupport<T> extends WriteSupport<T> {

        private final LakeTable<T> table;
        private RecordConsumer consumer;
        private ParquetRow row;

        TableWriteSupport(LakeTable<T> table) {
            this.table = table;
        }

        @Override
        public WriteContext init(ParquetConfiguration conf) {
            return new WriteContext(table.schema(), Map.of("lianggang.table", table.name()));
        }

        @Override
        public WriteContext init(Configuration conf) {
            return new WriteContext(table.schema(), Map.of("lianggang.table", table.name()));
        }

        @Override
        public void prepareForWrite(RecordConsumer recordConsumer) {
            consumer = recordConsumer;
            row = new ParquetRow(recordConsumer, table.schema());
        }

        @Override
        public void write(T record) {
            consumer.startMessage();
            row.begin();
            table.writer().accept(record, row);
            consumer.endMessage();
        }
    }
}
