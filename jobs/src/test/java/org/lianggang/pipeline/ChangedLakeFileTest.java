package org.lianggang.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * A lake file that is no longer what its manifest entry committed (overwritten in place with other valid Parquet,
 * truncated, a byte changed) stops every build before it reads the lake, naming the file and what to do; the
 * warehouse built before stays. A lake whose manifest entries were written before sizes and checksums were
 * recorded still builds.
 */
@ExtendWith(OutputCaptureExtension.class)
class ChangedLakeFileTest {

    @TempDir
    Path home;

    @Test
    void aLakeFileOverwrittenWithOtherValidParquetStopsNightlyNamingTheFile(CapturedOutput output) throws Exception {
        Path dataFile = loadedDataFile();
        Path changed = home.resolve("changed.parquet");
        duckdb("COPY (SELECT * REPLACE (value * 10 AS value) FROM read_parquet('" + dataFile + "')) TO '" + changed
                + "' (FORMAT parquet)");
        Files.move(changed, dataFile, StandardCopyOption.REPLACE_EXISTING);

        assertRefused("nightly", dataFile, output);
        assertRefused("build", dataFile, output);
    }

    @Test
    void aTruncatedLakeFileStopsTheBuildNamingItsSize(CapturedOutput output) throws Exception {
        Path dataFile = loadedDataFile();
        long size = Files.size(dataFile);
        try (FileChannel channel = FileChannel.open(dataFile, StandardOpenOption.WRITE)) {
            channel.truncate(size / 2);
        }

        assertRefused("build", dataFile, output);
        assertThat(output.getAll()).contains("大小 " + size / 2 + " 字节，提交时 " + size + " 字节");
    }

    @Test
    void aLakeFileWithOneByteChangedButTheSameSizeStopsTheBuild(CapturedOutput output) throws Exception {
        Path dataFile = loadedDataFile();
        byte[] bytes = Files.readAllBytes(dataFile);
        bytes[bytes.length / 2] ^= 0x01;
        Files.write(dataFile, bytes);

        assertRefused("build", dataFile, output);
        assertThat(output.getAll()).contains("内容已改变");
    }

    @Test
    void aManifestWrittenBeforeSizesAndChecksumsStillBuilds() throws Exception {
        Path dataFile = loadedDataFile();
        long values = Pipeline.count(home, "SELECT count(*) FROM fact_data_value");
        Path manifest = home.resolve("lake/load_manifest");
        try (Stream<Path> files = Files.list(manifest)) {
            for (Path entry : files.toList()) {
                Path old = home.resolve("old.parquet");
                duckdb("COPY (SELECT * EXCLUDE (data_size, data_crc32c) FROM read_parquet('" + entry + "')) TO '"
                        + old + "' (FORMAT parquet)");
                Files.move(old, entry, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        deleteTree(home.resolve("lake/_schema"));

        assertThat(Cli.run(home, "build").exitCode()).isZero();
        assertThat(Pipeline.count(home, "SELECT count(*) FROM fact_data_value")).isEqualTo(values);
        assertThat(Pipeline.count(home, "SELECT count(*) FROM load_manifest WHERE data_size IS NOT NULL")).isZero();

        // A new load beside the old entries records its size and checksum, and a change to it is noticed.
        Cli.demoInbox(home, 2018);
        assertThat(Cli.run(home, "nightly").exitCode()).isZero();
        assertThat(Pipeline.count(home, "SELECT count(*) FROM current_load WHERE year = 2018"
                + " AND data_size > 0 AND data_crc32c IS NOT NULL")).isPositive();
        assertThat(Pipeline.count(home, "SELECT count(*) FROM current_load WHERE year = 2019"
                + " AND data_size IS NULL")).isPositive();
        assertThat(Files.exists(dataFile)).isTrue();
    }

    private void assertRefused(String command, Path dataFile, CapturedOutput output) throws SQLException {
        List<List<String>> before = Pipeline.rows(home, "SELECT * FROM report_summary ORDER BY ALL");
        assertThat(Cli.run(home, command).exitCode()).isNotZero();
        String relative = home.resolve("lake").relativize(dataFile).toString();
        assertThat(output.getAll()).contains("湖文件 " + relative + " 与导入记录")
                .contains("lianggang retract --source").contains("请从备份恢复该文件");
        assertThat(Pipeline.rows(home, "SELECT * FROM report_summary ORDER BY ALL")).isEqualTo(before);
    }

    /** Ingests the 2019 demo files and returns one current data file. */
    private Path loadedDataFile() throws Exception {
        Cli.demoInbox(home, 2019);
        assertThat(Cli.run(home, "nightly").exitCode()).isZero();
        List<List<String>> rows = Pipeline.rows(home, "SELECT data_file FROM current_load"
                + " WHERE table_name = 'data_value' ORDER BY data_file LIMIT 1");
        return home.resolve("lake").resolve(rows.get(0).get(0));
    }

    private static void duckdb(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        }
    }
}
