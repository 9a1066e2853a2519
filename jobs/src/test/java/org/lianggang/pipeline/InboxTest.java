package org.lianggang.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lianggang.ingest.FileDigest;
import org.lianggang.lake.Lake;
import org.lianggang.lake.ManifestEntry;

/**
 * The inbox cannot undo a correction: two files for one source and year are refused together, night after night,
 * until the operator moves the superseded one out; and a file still being copied in is left for the next run.
 */
class InboxTest {

    @TempDir
    Path home;

    @Test
    void anOriginalLeftBesideItsCorrectionIsRefusedTogetherAndThePartitionKeepsWhatItHad() throws Exception {
        Cli.demoInbox(home, 2019);
        Path original = home.resolve("inbox/education/2019/education-2019.csv");
        assertThat(Cli.run(home, "nightly").exitCode()).isZero();
        Path corrected = original.resolveSibling("education-2019（更正）.csv");
        String correctedValue = Corrections.write(original, corrected, "450202", "在园幼儿数", 7);

        for (int night = 1; night <= 3; night++) {
            Cli.Result run = Cli.run(home, "nightly");
            assertThat(run.exitCode()).as(run.out()).isEqualTo(3);
            assertThat(run.out()).as("night " + night).contains("CONFLICTING_FILES")
                    .contains("education-2019.csv、education-2019（更正）.csv").contains("请把被更正替代的旧文件移出收件箱")
                    .contains("nightly：6 个文件：导入 0，未变 4，被拒 1，失败 0");
            assertThat(current()).as("night " + night).isEqualTo(FileDigest.sha256(original));
        }
        assertThat(new Lake(home.resolve("lake")).manifest()).hasSize(5);

        Files.move(original, home.resolve("education-2019.csv"));
        Cli.Result fixed = Cli.run(home, "nightly");
        assertThat(fixed.exitCode()).as(fixed.out()).isZero();
        assertThat(fixed.out()).contains("nightly：5 个文件：导入 1，未变 4，被拒 0");
        assertThat(current()).isEqualTo(FileDigest.sha256(corrected));
        assertThat(Pipeline.rows(home, "SELECT value::bigint FROM fact_data_value WHERE source = 'education'"
                + " AND region_code = '450202' AND element = 'kindergarten_pupils' AND sex = 'T' AND area = 'total'"))
                .containsExactly(List.of(correctedValue));
        assertThat(Cli.run(home, "nightly").out()).contains("导入 0，未变 5");
    }

    @Test
    void aFileStillBeingWrittenIsLeftForTheNextRunAndLoadedWholeOnceItSettles() throws Exception {
        Cli.demoInbox(home, 2019);
        Path complete = home.resolve("inbox/assessment/2019/assessment-2019.csv");
        List<String> lines = Files.readAllLines(complete, StandardCharsets.UTF_8);
        Files.delete(complete);
        Path arriving = complete.resolveSibling("assessment-2019.csv");

        AtomicBoolean stop = new AtomicBoolean();
        CountDownLatch started = new CountDownLatch(1);
        try (OutputStream out = Files.newOutputStream(arriving, StandardOpenOption.CREATE_NEW)) {
            out.write((lines.get(0) + "\n").getBytes(StandardCharsets.UTF_8));
            // A slow copy: a line every 20 ms, until the nightly run has looked twice (2 s apart) and finished.
            Thread copy = new Thread(() -> writeSlowly(out, lines, stop, started), "slow-copy");
            copy.start();
            started.await();
            Cli.Result during = nightly("2s");
            stop.set(true);
            copy.join();
            assertThat(during.exitCode()).as(during.out()).isZero();
            assertThat(during.out()).contains("ARRIVING " + arriving).contains("留待下次运行")
                    .contains("nightly：5 个文件：导入 4，未变 0，被拒 0，失败 0，已撤下 0（跳过），"
                            + "1 个仍在写入（留待下次运行）");
            assertThat(new Lake(home.resolve("lake")).current("assessment", "assessment", 2019)).isEmpty();
        }
        Files.write(arriving, lines, StandardCharsets.UTF_8);

        Cli.Result after = nightly("1s");
        assertThat(after.exitCode()).as(after.out()).isZero();
        assertThat(after.out()).contains("导入 1，未变 4").doesNotContain("ARRIVING");
        assertThat(new Lake(home.resolve("lake")).current("assessment", "assessment", 2019))
                .map(ManifestEntry::rowsRead).contains((long) lines.size() - 1);
    }

    private Cli.Result nightly(String settle) {
        return Cli.run(Map.of("lianggang.inbox.settle", settle), home, "nightly");
    }

    private static void writeSlowly(OutputStream out, List<String> lines, AtomicBoolean stop,
                                    CountDownLatch started) {
        try {
            for (int i = 1; !stop.get(); i = i % (lines.size() - 1) + 1) {
                out.write((lines.get(i) + "\n").getBytes(StandardCharsets.UTF_8));
                out.flush();
                started.countDown();
                Thread.sleep(20);
            }
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private String current() {
        return new Lake(home.resolve("lake")).current("data_value", "education", 2019).map(ManifestEntry::sha256)
                .orElse("none");
    }
}
