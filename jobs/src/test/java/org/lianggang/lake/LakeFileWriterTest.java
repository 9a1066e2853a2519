package org.lianggang.lake;

import static org.apache.parquet.schema.LogicalTypeAnnotation.stringType;
import static org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName.BINARY;
import static org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName.INT32;
import static org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName.INT64;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.apache.parquet.schema.Types;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files written straight into the column writers, read back by an independent reader (DuckDB): every value in its
 * row, over several row groups, with text that repeats (the dictionary's same-object shortcut), alternates, changes
 * every row until the dictionary gives up for plain encoding, optional fields left null, and int and long values
 * that stay, change and come back.
 */
class LakeFileWriterTest {

    record Row(long number, String constant, String run, String unique, String note, int year, long loadedAt) {
    }

    private static final LakeTable<Row> TABLE = new LakeTable<>("test_rows",
            Types.buildMessage()
                    .required(INT64).named("number")
                    .required(BINARY).as(stringType()).named("constant")
                    .required(BINARY).as(stringType()).named("run")
                    .required(BINARY).as(stringType()).named("unique_text")
                    .optional(BINARY).as(stringType()).named("note")
                    .required(INT32).named("year")
                    .required(INT64).named("loaded_at")
                    .named("test_rows"),
            (r, row) -> row.int64("number", r.number()).string("constant", r.constant()).string("run", r.run())
                    .string("unique_text", r.unique()).string("note", r.note()).int32("year", r.year())
                    .int64("loaded_at", r.loadedAt()));

    @TempDir
    Path dir;

    @Test
    void everyValueReadsBackInItsRowAcrossRowGroupsRepeatsAndDictionaryFallback() throws Exception {
        List<Row> rows = new ArrayList<>();
        String digest = "e".repeat(64);
        for (int i = 0; i < 120_000; i++) {
            // runs of 7 equal texts, then a text seen before: the shortcut must not keep the previous id
            String run = i % 7 == 6 ? "区" + (i % 3) : "县" + (i / 7 % 50);
            // a year that stays, changes, and comes back; a timestamp in runs of 1,000 rows, one value seen again
            int year = i < 50_000 ? 2019 : i % 3 == 0 ? 2015 : 2019;
            long loadedAt = i / 1000 % 4 == 3 ? 1_700_000_000_000L : 1_700_000_000_000L + i / 1000;
            rows.add(new Row(i, digest, run, "value-" + i + "-" + "x".repeat(i % 40), i % 5 == 0 ? null : "注" + i % 2,
                    year, loadedAt));
        }
        Path file = dir.resolve("rows.parquet");
        try (LakeFileWriter<Row> writer = new LakeFileWriter<>(file, TABLE, ParquetFiles.properties(),
                new ZstdCodecFactory(), 25_000, ParquetFiles.ROW_GROUP_BYTES)) {
            for (Row row : rows) {
                writer.write(row);
            }
        }
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            try (ResultSet groups = s.executeQuery("SELECT count(DISTINCT row_group_id) FROM parquet_metadata('"
                    + file + "')")) {
                groups.next();
                assertThat(groups.getInt(1)).isEqualTo(5);
            }
            List<Row> read = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT number, constant, run, unique_text, note, year, loaded_at FROM read_parquet('"
                    + file + "') ORDER BY number")) {
                while (rs.next()) {
                    read.add(new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getInt(6), rs.getLong(7)));
                }
            }
            assertThat(read).isEqualTo(rows);
        }
    }
}
