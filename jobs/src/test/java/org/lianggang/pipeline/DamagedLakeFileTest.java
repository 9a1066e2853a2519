package org.lianggang.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * A damaged Parquet file, in the load manifest or in a partition, stops the build (and the ingest) with a message
 * naming the file and saying what to do, not only DuckDB's "don't know what type".
 */
@ExtendWith(OutputCaptureExtension.class)
class DamagedLakeFileTest {

    @TempDir
    Path home;

    @Test
    void aManifestFileWithGarbageInsideIsNamedByEveryBuild(CapturedOutput output) throws Exception {
        Path entry = lastManifestFile();
        Files.write(entry, scrambled(Files.readAllBytes(entry)));

        assertThat(Cli.run(home, "build").exitCode()).isNotZero();
        assertThat(output.getAll()).contains("导入记录文件 " + entry + " 已损坏").contains("请从备份恢复该文件");
    }

    @Test
    void aTruncatedManifestFileIsNamedByNightly(CapturedOutput output) throws Exception {
        Path entry = lastManifestFile();
        Files.write(entry, Arrays.copyOf(Files.readAllBytes(entry), 100));

        assertThat(Cli.run(home, "nightly").exitCode()).isNotZero();
        assertThat(output.getAll()).contains("导入记录文件 " + entry + " 已损坏");
    }

    /** A lake from before sizes and checksums: only reading the file shows the damage. */
    @Test
    void aDamagedDataFileOfAnOldManifestIsNamedByTheBuild(CapturedOutput output) throws Exception {
        lastManifestFile();
        try (Stream<Path> files = Files.list(home.resolve("lake/load_manifest"))) {
            for (Path entry : files.toList()) {
                Path old = home.resolve("old.parquet");
                duckdb("COPY (SELECT * EXCLUDE (data_size, data_crc32c) FROM read_parquet('" + entry + "')) TO '"
                        + old + "' (FORMAT parquet)");
                Files.move(old, entry, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        String dataFile = Pipeline.rows(home, "SELECT data_file FROM current_load WHERE table_name = 'data_value'"
                + " ORDER BY rows_written DESC LIMIT 1").get(0).get(0);
        Path file = home.resolve("lake").resolve(dataFile);
        Files.write(file, scrambled(Files.readAllBytes(file)));

        assertThat(Cli.run(home, "build").exitCode()).isNotZero();
        assertThat(output.getAll()).contains("湖文件 " + dataFile + " 已损坏").contains("lianggang retract --source");
    }

    /** Loads the 2019 demo files; returns the newest manifest file. */
    private Path lastManifestFile() throws Exception {
        Cli.demoInbox(home, 2019);
        assertThat(Cli.run(home, "nightly").exitCode()).isZero();
        try (Stream<Path> files = Files.list(home.resolve("lake/load_manifest"))) {
            List<Path> sorted = files.sorted().toList();
            return sorted.get(sorted.size() - 1);
        }
    }

    /** The magic bytes kept, the first half of the rest overwritten. */
    private static byte[] scrambled(byte[] bytes) {
        for (int i = 4; i < bytes.length / 2; i++) {
            bytes[i] = (byte) (i * 7);
        }
        return bytes;
    }

    private static void duckdb(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
