package org.lianggang.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lianggang.ingest.FileDigest;
import org.lianggang.lake.Lake;
import org.lianggang.lake.ManifestEntry;

/**
 * The machine clock an hour ahead for one run and right again for the next (the real application, its lake
 * stamping commits with a shifted clock): the later run's load is current, through ingest, nightly and retract.
 */
class ClockJumpTest {

    private static final Map<String, Object> AHEAD = Map.of("spring.main.sources", "lianggangfaults.ShiftedClock",
            "faults.clock.offset", "PT1H");
    private static final Map<String, Object> BEHIND = Map.of("spring.main.sources", "lianggangfaults.ShiftedClock",
            "faults.clock.offset", "-PT2H");

    @TempDir
    Path home;

    @Test
    void aCorrectionIngestedWhileTheClockWasAheadIsReplacedByTheNextIngest() throws Exception {
        Path original = received();
        Path corrected = original.resolveSibling("education-2019（更正）.csv");
        Corrections.write(original, corrected, "450202", "在园幼儿数", 3);

        assertThat(Cli.run(AHEAD, home, ingest(corrected)).out()).contains("LOADED");
        Cli.Result later = Cli.run(home, ingest(original));
        assertThat(later.out()).contains("LOADED education-2019.csv").contains("替换了 'education-2019（更正）.csv'");
        assertThat(current()).isEqualTo(FileDigest.sha256(original));
        assertThat(Cli.run(home, ingest(original)).out()).contains("UNCHANGED");

        assertThat(Cli.run(home, "build").exitCode()).isZero();
        assertThat(Pipeline.rows(home, "SELECT file_name FROM current_load WHERE source = 'education'"))
                .extracting(r -> r.get(0)).containsExactly("education-2019.csv");
    }

    @Test
    void nightlyAfterAClockJumpBackKeepsTheLastLoadCurrent() throws Exception {
        Cli.demoInbox(home, 2019);
        Path inboxFile = home.resolve("inbox/education/2019/education-2019.csv");
        Path original = Files.copy(inboxFile, home.resolve("education-2019.csv"));
        Corrections.write(original, inboxFile, "450202", "在园幼儿数", 5);
        assertThat(Cli.run(AHEAD, home, "nightly").out()).contains("导入 5");

        Files.copy(original, inboxFile, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Cli.Result back = Cli.run(home, "nightly");
        assertThat(back.out()).contains("导入 1，未变 4");
        assertThat(current()).isEqualTo(FileDigest.sha256(original));
        assertThat(Cli.run(home, "nightly").out()).contains("导入 0，未变 5");
        assertThat(current()).isEqualTo(FileDigest.sha256(original));
    }

    @Test
    void aRetractionWhileTheClockWasBehindStillEmptiesThePartition() throws Exception {
        Path original = received();
        assertThat(Cli.run(home, ingest(original)).out()).contains("LOADED");
        Cli.Result retract = Cli.run(BEHIND, home, "retract", "--source", "education", "--year", "2019");
        assertThat(retract.exitCode()).as(retract.out()).isZero();
        assertThat(current()).isEqualTo("none");
        assertThat(Pipeline.count(home, "SELECT count(*) FROM current_load WHERE source = 'education'")).isZero();
        assertThat(Cli.run(home, ingest(original)).out()).contains("LOADED");
        assertThat(current()).isEqualTo(FileDigest.sha256(original));
    }

    private Path received() throws Exception {
        Cli.demoInbox(home, 2019);
        return Files.move(home.resolve("inbox/education/2019/education-2019.csv"),
                Files.createDirectories(home.resolve("received")).resolve("education-2019.csv"));
    }

    private static String[] ingest(Path file) {
        return new String[] {"ingest", file.toString(), "--source", "education", "--year", "2019"};
    }

    private String current() {
        return new Lake(home.resolve("lake")).current("data_value", "education", 2019).map(ManifestEntry::sha256)
                .orElse("none");
    }
}
