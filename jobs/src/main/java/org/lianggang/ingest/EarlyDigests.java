package org.lianggang.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Digests of large files started before they are needed: {@code main} starts the digest of the file an
 * {@code ingest} command names, as the command line parsed it, on a thread of its own while Spring starts (on 2
 * cores Spring's start-up leaves about a second of one core idle, and the digest of a 600 MB export takes about that
 * long before the load can begin), and hands this bean to Spring. {@link #sha256} takes the result if the file's size
 * and modification time are still those it was read with, and computes it again otherwise.
 */
public final class EarlyDigests {

    /** Below this size a digest takes a few milliseconds: not worth a thread of its own. */
    static final long EARLY_MIN_BYTES = 32L << 20;

    private final Map<Path, Early> started = new ConcurrentHashMap<>();

    /** Starts the digest of {@code file} if it is a large regular file; anything else is left to {@link #sha256}. */
    public void start(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        try {
            BasicFileAttributes attributes = Files.readAttributes(absolute, BasicFileAttributes.class);
            if (attributes.isRegularFile() && attributes.size() >= EARLY_MIN_BYTES) {
                started.computeIfAbsent(absolute, f -> new Early(attributes.size(), attributes.lastModifiedTime(),
                        CompletableFuture.supplyAsync(() -> FileDigest.sha256(f), EarlyDigests::onDaemonThread)));
            }
        } catch (IOException | RuntimeException e) {
            // not a readable file: nothing to start; the command reports it
        }
    }

    /** The file's digest: the one started early if it still describes the file, else computed now. */
    public String sha256(Path file) {
        Early early = started.remove(file.toAbsolutePath().normalize());
        if (early != null && early.stillDescribes(file)) {
            return early.digest().join();
        }
        return FileDigest.sha256(file);
    }

    private static void onDaemonThread(Runnable task) {
        Thread thread = new Thread(task, "file-digest");
        thread.setDaemon(true);
        thread.start();
    }

    /** A digest started early, with the size and modification time the file had when it began. */
    private record Early(long size, FileTime modified, CompletableFuture<String> digest) {

        boolean stillDescribes(Path file) {
            try {
                BasicFileAttributes now = Files.readAttributes(file, BasicFileAttributes.class);
                return now.size() == size && now.lastModifiedTime().equals(modified)
                        && !digest.isCompletedExceptionally();
            } catch (IOException e) {
                return false;
            }
        }
    }
}
