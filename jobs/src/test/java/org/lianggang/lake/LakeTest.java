package org.lianggang.lake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Partitions written through parquet-java and read back with an independent reader: DuckDB. */
class LakeTest {

    @TempDir
    Path root;

    @Test
    void committedPartitionReadsBackThroughDuckDbWithTheContractSchema() throws Exception {
        Lake lake = new Lake(root);
        commit(lake, "a".repeat(64), 3);
        List<String> schema = query("SELECT column_name || ' ' || column_type FROM (DESCRIBE SELECT * FROM"
                + " read_parquet('" + root + "/data_value/*/*/*.parquet', hive_partitioning = false))");
        // Hive-clean: the partition columns (source, year) are in the path only, never in the file.
        assertThat(schema).containsExactly("region_code VARCHAR", "element VARCHAR", "sex VARCHAR",
                "area VARCHAR", "age_group VARCHAR", "value DOUBLE", "missing_reason VARCHAR", "file_sha256 VARCHAR",
                "row_number BIGINT", "loaded_at TIMESTAMP WITH TIME ZONE");
        assertThat(query("SELECT DISTINCT source || '/' || year FROM read_parquet('" + root
                + "/data_value/*/*/*.parquet', hive_partitioning = true)")).containsExactly("health/2019");
        assertThat(query("SELECT sum(value)::bigint || '/' || count(*) || '/' || count(value) FROM read_parquet('"
                + root + "/data_value/*/*/*.parquet')")).containsExactly("3/3/2");
        assertThat(lake.current("data_value", "health", 2019)).map(ManifestEntry::rowsWritten).contains(3L);
    }

    @Test
    void aNewFileReplacesThePartitionAndTheManifestKeepsHistory() throws Exception {
        Lake lake = new Lake(root);
        commit(lake, "a".repeat(64), 3);
        commit(lake, "b".repeat(64), 5);
        // The superseded file stays for the warehouse in place, until a build from the new one is swapped in.
        try (Stream<Path> files = Files.list(root.resolve("data_value/source=health/year=2019"))) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder(
                    "part-aaaaaaaaaaaaaaaa.parquet", "part-bbbbbbbbbbbbbbbb.parquet");
        }
        lake.sweep();
        assertThat(root.resolve("data_value/source=health/year=2019/part-aaaaaaaaaaaaaaaa.parquet"))
                .as("a superseded file is not debris").exists();
        lake.removeSuperseded(lake.pin());
        try (Stream<Path> files = Files.list(root.resolve("data_value/source=health/year=2019"))) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactly("part-bbbbbbbbbbbbbbbb.parquet");
        }
        assertThat(lake.manifest()).hasSize(2);
        assertThat(lake.current("data_value", "health", 2019)).map(ManifestEntry::sha256).contains("b".repeat(64));
    }

    /** A mounted read-only copy of a lake whose schema files are missing is still read, and nothing is written. */
    @Test
    void aReadOnlyLakeWithoutItsSchemaFilesIsReadWithoutWritingToIt() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeFalse("root".equals(System.getProperty("user.name")),
                "running as root: chmod a-w does not stop root writing, so the lake cannot be made read-only here");
        Lake lake = new Lake(root);
        commit(lake, "a".repeat(64), 3);
        try (Stream<Path> files = Files.walk(root.resolve("_schema"))) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
        List<Path> all;
        try (Stream<Path> files = Files.walk(root)) {
            all = files.toList();
        }
        all.forEach(f -> f.toFile().setWritable(false, false));
        try {
            assertThat(new Lake(root).manifest()).hasSize(1);
            assertThat(root.resolve("_schema")).doesNotExist();
        } finally {
            all.forEach(f -> f.toFile().setWritable(true, true));
        }
    }

    @Test
    void anUncommittedStageLeavesNothingAndSweepRemovesOrphans() throws Exception {
        Lake lake = new Lake(root);
        try (StagedPartition<DataValue> staged = lake.stage(DataValue.TABLE, "health", 2019, "c".repeat(64))) {
            staged.write(value(1.0));
        }
        assertThat(parquetFiles()).isEmpty();
        Path orphan = root.resolve("data_value/source=health/year=2018/part-dddddddddddddddd.parquet");
        Files.createDirectories(orphan.getParent());
        Files.writeString(orphan, "left by a crash between rename and manifest");
        lake.sweep();
        assertThat(parquetFiles()).isEmpty();
    }

    /**
     * Many blocks go through the writer thread and a row in the middle cannot be encoded: the load fails (at the
     * next block or at the commit), the partition keeps its committed file and nothing is left staged.
     */
    @Test
    void aWriterThreadFailureFailsTheCommitAndLeavesThePartitionAsItWas() throws Exception {
        Lake lake = new Lake(root);
        commit(lake, "a".repeat(64), 3);
        int rows = WriterThread.BLOCK_ROWS * (WriterThread.QUEUE_BLOCKS + 4);
        assertThatThrownBy(() -> {
            try (StagedPartition<DataValue> staged = lake.stage(failingAt(rows / 2), "health", 2019, "e".repeat(64))) {
                for (int i = 0; i < rows; i++) {
                    staged.write(value((double) i));
                }
                lake.commit(staged, "health-2019.csv", rows, 0, 2L);
            }
        }).isInstanceOf(java.io.UncheckedIOException.class);
        try (Stream<Path> files = Files.list(root.resolve("data_value/source=health/year=2019"))) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactly("part-aaaaaaaaaaaaaaaa.parquet");
        }
        assertThat(lake.manifest()).hasSize(1);
        assertThat(root.resolve(Lake.STAGING)).isEmptyDirectory();
    }

    @Test
    void closingWhileTheWriterThreadRunsDiscardsTheStagedFile() throws Exception {
        Lake lake = new Lake(root);
        try (StagedPartition<DataValue> staged = lake.stage(DataValue.TABLE, "health", 2019, "f".repeat(64))) {
            for (int i = 0; i < WriterThread.BLOCK_ROWS * 20; i++) {
                staged.write(value((double) i));
            }
        }
        assertThat(parquetFiles()).isEmpty();
        assertThat(root.resolve(Lake.STAGING)).isEmptyDirectory();
    }

    /** The data_value table, except that the row with this value cannot be encoded. */
    private static LakeTable<DataValue> failingAt(double value) {
        return new LakeTable<>(DataValue.TABLE.name(), DataValue.TABLE.schema(), (v, row) -> {
            if (v.value() != null && v.value() == value) {
                throw new IllegalStateException("cannot encode " + value);
            }
            DataValue.TABLE.writer().accept(v, row);
        });
    }

    private static void commit(Lake lake, String sha, int rows) {
        try (StagedPartition<DataValue> staged = lake.stage(DataValue.TABLE, "health", 2019, sha)) {
            for (int i = 0; i < rows; i++) {
                staged.write(value(i == 0 ? null : (double) i));
            }
            lake.commit(staged, "health-2019.csv", rows, 0, 1L);
        }
    }

    private static DataValue value(Double v) {
        return new DataValue(2019, "450202", "live_births", "T", "total", null, v, v == null ? "blank" : null, "health", "x", 2, Instant.now());
    }

    private List<Path> parquetFiles() throws Exception {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(".parquet")).toList();
        }
    }

    private List<String> query(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            List<String> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
            return rows;
        }
    }
}
