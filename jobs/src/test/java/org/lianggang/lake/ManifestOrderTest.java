package org.lianggang.lake;

import org.lianggang.FileMover;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which load is current follows the order of commits (the sequence number each commit takes), never the clock:
 * an NTP correction, a VM resumed or a wrong BIOS clock between two loads must not bring an older file back.
 */
class ManifestOrderTest {

    @TempDir
    Path root;

    /** A clock the test moves: an hour ahead for one load, back for the next. */
    private static final class JumpingClock extends Clock {

        private Instant now = Instant.parse("2026-12-02T02:00:00Z");

        @Override
        public Instant instant() {
            return now;
        }

        void jump(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }

    @Test
    void theLastCommittedLoadIsCurrentWhenTheClockJumpedBackBetweenLoads() {
        JumpingClock clock = new JumpingClock();
        Lake lake = new Lake(root, FileMover.ATOMIC, clock);
        clock.jump(Duration.ofHours(1));
        commit(lake, "b".repeat(64));
        clock.jump(Duration.ofHours(-1).minusMinutes(5));
        commit(lake, "a".repeat(64));

        assertThat(lake.current("data_value", "health", 2019)).map(ManifestEntry::sha256).contains("a".repeat(64));
        assertThat(lake.manifest()).extracting(ManifestEntry::sequence).containsExactly(1L, 2L);
        assertThat(lake.manifest().get(0).committedAt()).isAfter(lake.manifest().get(1).committedAt());
        assertThat(lake.version("data_value", "health", 2019)).contains("2:" + "a".repeat(64));
    }

    @Test
    void aRetractionCommittedAtAnEarlierClockStillEmptiesThePartition() {
        JumpingClock clock = new JumpingClock();
        Lake lake = new Lake(root, FileMover.ATOMIC, clock);
        commit(lake, "a".repeat(64));
        clock.jump(Duration.ofDays(-1));
        ManifestEntry retraction = lake.retract("data_value", "health", 2019);

        assertThat(retraction.sequence()).isEqualTo(2);
        assertThat(lake.current("data_value", "health", 2019)).isEmpty();
        assertThat(lake.retraction("data_value", "health", 2019)).map(ManifestEntry::sequence).contains(2L);
        assertThat(lake.version("data_value", "health", 2019)).contains("2:retracted");
    }

    /** A lake written before sequence numbers: its entries keep their order, and the next commit comes after. */
    @Test
    void entriesFromBeforeSequenceNumbersComeFirstInTheOrderOfTheirCommitTimes() throws Exception {
        JumpingClock clock = new JumpingClock();
        Lake lake = new Lake(root, FileMover.ATOMIC, clock);
        commit(lake, "a".repeat(64));
        clock.jump(Duration.ofMinutes(1));
        commit(lake, "b".repeat(64));
        Path manifest = root.resolve("load_manifest");
        for (ManifestEntry entry : lake.manifest()) {
            // As the manifest named its files before: <epoch ms>-<table>-<source>-<year>.parquet
            Files.move(manifest.resolve(ManifestStore.fileName(entry.sequence())),
                    manifest.resolve(entry.committedAt().toEpochMilli() + "-data_value-health-2019.parquet"));
        }
        assertThat(lake.manifest()).extracting(ManifestEntry::sequence).containsExactly(1L, 2L);
        assertThat(lake.current("data_value", "health", 2019)).map(ManifestEntry::sha256).contains("b".repeat(64));

        clock.jump(Duration.ofDays(-30));
        commit(lake, "c".repeat(64));
        assertThat(lake.manifest()).extracting(ManifestEntry::sha256)
                .containsExactly("a".repeat(64), "b".repeat(64), "c".repeat(64));
        assertThat(lake.current("data_value", "health", 2019)).map(ManifestEntry::sequence).contains(3L);
        try (Stream<Path> files = Files.list(manifest)) {
            assertThat(files.map(f -> f.getFileName().toString()).toList()).contains(ManifestStore.fileName(3));
        }
    }

    private static void commit(Lake lake, String sha) {
        try (StagedPartition<DataValue> staged = lake.stage(DataValue.TABLE, "health", 2019, sha)) {
            staged.write(new DataValue(2019, "450202", "live_births", "T", "total", null, 1.0, null, "health", sha, 2,
                    Instant.now()));
            lake.commit(staged, "health-2019.csv", 1, 0, 1L);
        }
    }
}
