package org.lianggang.lake;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.parquet.column.ParquetProperties;

/**
 * Opens Parquet files for lake tables: ZSTD, dictionary encoding, and row groups of at most a million rows so that
 * DuckDB scans a large partition on all cores.
 */
final class ParquetFiles {

    static final int ROW_GROUP_ROWS = 1_000_000;
    /** A row group is also closed at this many buffered bytes, so that wide rows (long notes) keep memory bounded. */
    static final long ROW_GROUP_BYTES = 64L << 20;

    private ParquetFiles() {
    }

    static <T> LakeFileWriter<T> open(Path file, LakeTable<T> table) throws IOException {
        return new LakeFileWriter<>(file, table, properties(), new ZstdCodecFactory(), ROW_GROUP_ROWS,
                ROW_GROUP_BYTES);
    }

    static ParquetProperties properties() {
        return ParquetProperties.builder()
                .withValuesWriterFactory(new RepeatAwareValuesWriters())
                .withDictionaryEncoding(true)
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
}
