package org.lianggang.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lianggang.lake.Lake;
import org.lianggang.lake.ManifestEntry;

/**
 * A correction sticks: whatever sequence of files is ingested for one source and year, the partition afterwards
 * holds the last one, and each command says what it did (LOADED replacing which file, or UNCHANGED because the
 * partition's current file is the same), whatever the job history remembers of earlier loads.
 */
class CorrectionsTest {

    @TempDir
    Path home;

    @Test
    void theLastFileIngestedIsTheOneThePartitionHolds() throws Exception {
        Versions files = versions();

        Cli.Result first = ingest(files.original);
        assertThat(first.out()).contains("LOADED education-2019.csv").contains("分区原为空");
        Cli.Result second = ingest(files.corrected);
        assertThat(second.out()).contains("LOADED education-2019（更正）.csv").contains("替换了 'education-2019.csv'");
        assertThat(current()).isEqualTo(sha(files.corrected));

        Cli.Result third = ingest(files.original);
        assertThat(third.exitCode()).as(third.out()).isZero();
        assertThat(third.out()).contains("LOADED education-2019.csv").contains("替换了 'education-2019（更正）.csv'");
        assertThat(current()).isEqualTo(sha(files.original));

        // The instance (corrected file, partition holding the original) completed before, at the second step:
        // the job history must not make this an UNCHANGED that leaves the original in place.
        Cli.Result fourth = ingest(files.corrected);
        assertThat(fourth.exitCode()).as(fourth.out()).isZero();
        assertThat(fourth.out()).contains("LOADED education-2019（更正）.csv").doesNotContain("UNCHANGED");
        assertThat(current()).isEqualTo(sha(files.corrected));

        Cli.Result again = ingest(files.corrected);
        assertThat(again.out()).contains("UNCHANGED education-2019（更正）.csv")
                .contains("分区当前的文件就是此文件（'education-2019（更正）.csv'");

        assertThat(Cli.run(home, "build").exitCode()).isZero();
        assertThat(kindergartenPupils()).isEqualTo(files.correctedValue);
        assertThat(Pipeline.rows(home, "SELECT sequence, file_name FROM load_manifest ORDER BY sequence"))
                .extracting(r -> r.get(0) + " " + r.get(1)).containsExactly("1 education-2019.csv",
                        "2 education-2019（更正）.csv", "3 education-2019.csv", "4 education-2019（更正）.csv");
    }

    /** retract then re-drop, among corrections: the documented behaviour holds with the job history around it. */
    @Test
    void aRetractedFileIngestedAgainIsLoadedAndCorrectionsStillStickAfterIt() throws Exception {
        Versions files = versions();
        ingest(files.original);
        ingest(files.corrected);
        assertThat(Cli.run(home, "retract", "--source", "education", "--year", "2019", "--no-build").exitCode())
                .isZero();
        assertThat(new Lake(home.resolve("lake")).current("data_value", "education", 2019)).isEmpty();

        Cli.Result reloaded = ingest(files.corrected);
        assertThat(reloaded.out()).contains("LOADED education-2019（更正）.csv").contains("分区原为空");
        assertThat(current()).isEqualTo(sha(files.corrected));
        ingest(files.original);
        assertThat(current()).isEqualTo(sha(files.original));
        Cli.Result last = ingest(files.corrected);
        assertThat(last.out()).contains("LOADED");
        assertThat(current()).isEqualTo(sha(files.corrected));
    }

    private Cli.Result ingest(Path file) {
        return Cli.run(home, "ingest", file.toString(), "--source", "education", "--year", "2019");
    }

    private String current() {
        return new Lake(home.resolve("lake")).current("data_value", "education", 2019).map(ManifestEntry::sha256)
                .orElse("none");
    }

    private static String sha(Path file) {
        return org.lianggang.ingest.FileDigest.sha256(file);
    }

    private String kindergartenPupils() throws Exception {
        return Pipeline.rows(home, "SELECT value::bigint FROM fact_data_value WHERE source = 'education' AND year = 2019"
                + " AND region_code = '450202' AND element = 'kindergarten_pupils' AND sex = 'T' AND area = 'total'")
                .get(0).get(0);
    }

    record Versions(Path original, Path corrected, String correctedValue) {
    }

    /** The demo's education export for 2019, and a correction of it: 城中区's 在园幼儿数 one higher. */
    private Versions versions() throws IOException {
        Cli.demoInbox(home, 2019);
        Path original = Files.move(home.resolve("inbox/education/2019/education-2019.csv"),
                Files.createDirectories(home.resolve("received")).resolve("education-2019.csv"));
        Path corrected = home.resolve("received/education-2019（更正）.csv");
        return new Versions(original, corrected, Corrections.write(original, corrected, "450202", "在园幼儿数", 1));
    }
}
