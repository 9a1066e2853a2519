package org.lianggang.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A disk that fills during {@code build} never swaps in a broken warehouse: on a real small file system (a tmpfs
 * this test mounts, so it needs root, as CI has), the build is run with less and less space left. Whatever step
 * the disk fills at — a model's write-ahead log or the final checkpoint, where DuckDB used to fail in silence and
 * leave a file with no tables — the build either succeeds with every table, or fails saying "no space left on
 * device" and the old warehouse answers as before.
 */
class FullDiskBuildTest {

    @TempDir
    Path work;

    private Path disk;
    private boolean mounted;

    @BeforeEach
    void mountSmallDisk() throws Exception {
        disk = Files.createDirectories(work.resolve("disk"));
        boolean root = "root".equals(System.getProperty("user.name"));
        mounted = root && new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=128m", "tmpfs", disk.toString())
                .inheritIO().start().waitFor() == 0;
        assumeTrue(mounted, "full-disk build test skipped: it mounts a 128 MB tmpfs, which needs root (CI runs as"
                + " root)");
    }

    @AfterEach
    void unmount() throws Exception {
        if (mounted) {
            new ProcessBuilder("umount", "-l", disk.toString()).inheritIO().start().waitFor();
        }
    }

    @Test
    void aBuildOnAFillingDiskSucceedsWholeOrKeepsTheOldWarehouseAndSaysTheDiskIsFull() throws Exception {
        Path home = disk.resolve("home");
        Map<String, Object> repositoryElsewhere = Map.of("spring.datasource.url",
                "jdbc:h2:file:" + work.resolve("jobs/repository") + ";AUTO_SERVER=TRUE;WRITE_DELAY=0");
        Cli.demoInbox(home, 2018, 2019);
        assertThat(Cli.run(repositoryElsewhere, home, "nightly").exitCode()).isZero();
        Files.walk(home.resolve("reports")).sorted(java.util.Comparator.reverseOrder())
                .forEach(p -> p.toFile().delete());
        String before = summary(home);
        long tables = Pipeline.count(home, "SELECT count(*) FROM duckdb_tables()");
        assertThat(tables).isPositive();

        // From a disk nearly full to room for the new warehouse twice over, whatever size the warehouse has grown to.
        int warehouseMb = (int) (Files.size(home.resolve("warehouse.duckdb")) >> 20) + 1;
        int mostFreeMb = 2 * warehouseMb + 5;
        int stepMb = Math.max(2, mostFreeMb / 12);
        List<String> outcomes = new ArrayList<>();
        for (int freeMb = 1; freeMb <= mostFreeMb; freeMb += stepMb) {
            Path filler = fill(disk, freeMb);
            Result build = build(repositoryElsewhere, home);
            Files.delete(filler);
            outcomes.add(freeMb + " MB free: exit " + build.exitCode);
            assertThat(home.resolve("warehouse.duckdb.building")).doesNotExist();
            assertThat(home.resolve("warehouse.duckdb.building.wal")).doesNotExist();
            assertThat(Pipeline.count(home, "SELECT count(*) FROM duckdb_tables()")).as(freeMb + " MB free")
                    .isEqualTo(tables);
            assertThat(summary(home)).as(freeMb + " MB free").isEqualTo(before);
            if (build.exitCode != 0) {
                assertThat(build.text).as(freeMb + " MB free").contains("磁盘空间不足")
                        .contains("磁盘空间不足");
            }
        }
        assertThat(outcomes).as("the disk filled in some of the builds").anyMatch(o -> !o.endsWith("exit 0"));
        assertThat(outcomes).as("and not in others").anyMatch(o -> o.endsWith("exit 0"));
    }

    private record Result(int exitCode, String text) {
    }

    /** {@code build} in this JVM with stdout and stderr captured. */
    private static Result build(Map<String, Object> properties, Path home) {
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            Cli.Result result = Cli.run(properties, home, "build");
            return new Result(result.exitCode(), result.out() + captured.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(err);
        }
    }

    /** Fills the file system until {@code freeMb} MB are left; returns the filler file. */
    private static Path fill(Path disk, int freeMb) throws IOException {
        Path filler = disk.resolve("filler");
        long usable = Files.getFileStore(disk).getUsableSpace();
        try (RandomAccessFile file = new RandomAccessFile(filler.toFile(), "rw")) {
            byte[] block = new byte[64 * 1024];
            long toWrite = Math.max(0, usable - freeMb * 1024L * 1024L);
            for (long written = 0; written < toWrite; written += block.length) {
                file.write(block, 0, (int) Math.min(block.length, toWrite - written));
            }
        }
        return filler;
    }

    private static String summary(Path home) throws Exception {
        return Pipeline.rows(home, "SELECT plan_code, year, met, unmet, no_data FROM report_summary WHERE"
                + " region_code = '450200' AND domain_code IS NULL ORDER BY ALL").toString();
    }
}
