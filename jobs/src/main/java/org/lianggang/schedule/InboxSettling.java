package org.lianggang.schedule;

import org.lianggang.Messages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * Tells the inbox files that have settled from those still being written. Each file is looked at twice, the settle
 * interval apart (one wait for the whole inbox, timed by the monotonic clock, so no clock jump can shorten it): a
 * file whose size or modification time changed in between, or that vanished, is left for the next run.
 */
final class InboxSettling {

    /** The files to take now, and the files still arriving (each with what was seen to change). */
    record Settled(List<InboxFile> settled, List<String> arriving) {
    }

    private record Look(long size, long modifiedNanos) {
    }

    private final Duration interval;

    InboxSettling(Duration interval) {
        this.interval = interval;
    }

    Settled settle(List<InboxFile> files) {
        if (interval.isZero() || files.isEmpty()) {
            return new Settled(files, List.of());
        }
        Map<InboxFile, Look> first = new LinkedHashMap<>();
        files.forEach(f -> first.put(f, look(f.path())));
        sleep();
        List<InboxFile> settled = new ArrayList<>();
        List<String> arriving = new ArrayList<>();
        for (Map.Entry<InboxFile, Look> e : first.entrySet()) {
            Look before = e.getValue();
            Look after = look(e.getKey().path());
            if (before != null && Objects.equals(before, after)) {
                settled.add(e.getKey());
            } else {
                arriving.add(e.getKey().path() + ": " + change(before, after));
            }
        }
        return new Settled(settled, arriving);
    }

    private String change(Look before, Look after) {
        String seconds = interval.toMillis() / 1000.0 + " s";
        if (before == null || after == null) {
            return Messages.text("inbox.vanished", seconds);
        }
        return Messages.text("inbox.still-written", seconds, before.size(), after.size(),
                before.modifiedNanos() == after.modifiedNanos() ? "" : Messages.text("inbox.modified-changed"));
    }

    private static Look look(Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return new Look(attributes.size(), attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS));
        } catch (IOException e) {
            return null;
        }
    }

    private void sleep() {
        try {
            Thread.sleep(interval.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for inbox files to settle", e);
        }
    }
}
