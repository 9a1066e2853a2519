package org.lianggang.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What an unattended server needs: run logs past their retention are deleted by the next locked run. */
class HousekeepingTest {

    @TempDir
    Path home;

    @Test
    void runLogsOlderThanTheRetentionAreDeletedAndNewerOnesAndOtherFilesKept() throws Exception {
        Path logs = Files.createDirectories(home.resolve("logs"));
        Path old = logs.resolve("lianggang-20260801-020000-4242.log");
        Path recent = logs.resolve("lianggang-20261120-020000-4343.log");
        Path notALog = logs.resolve("notes.txt");
        for (Path file : new Path[] {old, recent, notALog}) {
            Files.writeString(file, "x");
        }
        Files.setLastModifiedTime(old, FileTime.from(Instant.now().minus(Duration.ofDays(31))));
        Files.setLastModifiedTime(recent, FileTime.from(Instant.now().minus(Duration.ofDays(29))));
        Files.setLastModifiedTime(notALog, FileTime.from(Instant.now().minus(Duration.ofDays(400))));

        Cli.Result build = Cli.run(Map.of("lianggang.logs.retention", "30d"), home, "build");
        assertThat(build.exitCode()).as(build.out()).isZero();
        assertThat(old).doesNotExist();
        assertThat(recent).exists();
        assertThat(notALog).exists();

        Files.setLastModifiedTime(recent, FileTime.from(Instant.now().minus(Duration.ofDays(3650))));
        assertThat(Cli.run(Map.of("lianggang.logs.retention", "0"), home, "build").exitCode()).isZero();
        assertThat(recent).as("retention 0 keeps every log").exists();
    }

    @Test
    void theDefaultRetentionIsNinetyDays() throws Exception {
        Path logs = Files.createDirectories(home.resolve("logs"));
        Path ninetyOne = logs.resolve("lianggang-a.log");
        Path eightyNine = logs.resolve("lianggang-b.log");
        Files.writeString(ninetyOne, "x");
        Files.writeString(eightyNine, "x");
        Files.setLastModifiedTime(ninetyOne, FileTime.from(Instant.now().minus(Duration.ofDays(91))));
        Files.setLastModifiedTime(eightyNine, FileTime.from(Instant.now().minus(Duration.ofDays(89))));
        assertThat(Cli.run(home, "build").exitCode()).isZero();
        assertThat(ninetyOne).doesNotExist();
        assertThat(eightyNine).exists();
    }
}
