package org.lianggang.schedule;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes run logs older than the retention, so that an unattended server's {@code logs/} does not grow for
 * ever. Only {@code lianggang-*.log} files are touched, never the log of a process still writing (its file is
 * fresh), and a file that cannot be deleted is left with a warning: pruning never fails a run.
 */
final class LogRetention {

    private static final Logger log = LoggerFactory.getLogger(LogRetention.class);

    private final Path dir;
    private final Duration retention;
    private final Clock clock;

    LogRetention(Path dir, Duration retention, Clock clock) {
        this.dir = dir;
        this.retention = retention;
        this.clock = clock;
    }

    /** The log files deleted. */
    List<Path> prune() {
        List<Path> deleted = new ArrayList<>();
        if (retention.isZero() || !Files.isDirectory(dir)) {
            return deleted;
        }
        Instant cutoff = clock.instant().minus(retention);
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(LogRetention::isRunLog).toList()) {
                if (Files.getLastModifiedTime(file).toInstant().isBefore(cutoff) && Files.deleteIfExists(file)) {
                    deleted.add(file);
                }
            }
        } catch (IOException e) {
            log.warn("step=logs cannot prune {}: {}", dir, e.getMessage());
        }
        if (!deleted.isEmpty()) {
            log.info("step=logs deleted={} older than {} in {}", deleted.size(), retention, dir);
        }
        return deleted;
    }

    private static boolean isRunLog(Path file) {
        String name = file.getFileName().toString();
        return name.startsWith("lianggang-") && (name.endsWith(".log") || name.matches(".*\\.log\\.\\d+(\\.gz)?"));
    }
}
