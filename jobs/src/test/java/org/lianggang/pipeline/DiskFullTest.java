package org.lianggang.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code nightly} on a really full disk: every failure line says "磁盘空间不足 · no space left on device" and where,
 * never only H2's "JDBC rollback; The database has been closed", and the next run after space is freed succeeds.
 * It needs a small file system of its own, which a test cannot mount: set {@code LIANGGANG_TEST_SMALL_FS} to an
 * empty directory on one, e.g. {@code mount -t tmpfs -o size=32m tmpfs /mnt/lg-small} (the recovering run needs ~20 MiB); otherwise it is skipped.
 * (NoSpaceLeftTest covers the message on real ENOSPC errors everywhere.)
 */
class DiskFullTest {

    private static final String SMALL_FS = System.getenv("LIANGGANG_TEST_SMALL_FS");

    Path home;
    Path filler;

    @BeforeEach
    void homeOnTheSmallFileSystem() throws IOException {
        assumeTrue(SMALL_FS != null && !SMALL_FS.isBlank(),
                "disk-full test skipped: LIANGGANG_TEST_SMALL_FS (a directory on a small file system) not set");
        home = Files.createTempDirectory(Path.of(SMALL_FS), "home-");
        filler = Path.of(SMALL_FS).resolve("filler-" + home.getFileName());
    }

    @AfterEach
    void emptyTheFileSystem() throws IOException {
        if (home != null) {
            Files.deleteIfExists(filler);
            try (var paths = Files.walk(home)) {
                for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    @Test
    void aFullDiskIsNamedInEveryFailureAndTheNextRunRecovers() throws Exception {
        Cli.demoInbox(home, 2019);
        fillLeaving(96 * 1024);

        Cli.Result full = Cli.run(home, "nightly");

        assertThat(full.exitCode()).isEqualTo(1);
        List<String> failures = full.out().lines()
                .filter(l -> l.startsWith("  ") || l.startsWith("构建失败：") || l.contains("result=\"FAILED"))
                .filter(l -> !l.startsWith("  被拒行")).toList();
        assertThat(failures).isNotEmpty()
                .allSatisfy(l -> assertThat(l).contains("磁盘空间不足：")
                        .contains("文件系统 " + Files.getFileStore(home)));

        Files.delete(filler);
        assertThat(Cli.run(home, "nightly").exitCode()).isZero();
        assertThat(home.resolve("reports/2019/report-2019.xlsx")).isRegularFile();
    }

    /** Writes a file that leaves {@code bytes} free on the file system (until ENOSPC, if less is free). */
    private void fillLeaving(long bytes) throws IOException {
        byte[] block = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(filler)) {
            while (Files.getFileStore(home).getUsableSpace() > bytes + block.length) {
                out.write(block);
                out.flush();
            }
        }
    }
}
