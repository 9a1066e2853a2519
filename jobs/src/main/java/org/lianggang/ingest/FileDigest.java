package org.lianggang.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/** The SHA-256 of a file's bytes: the identity of an export, so that a re-sent file is recognised. */
public final class FileDigest {

    /** Below this size a digest takes a few milliseconds: not worth a thread of its own. */
    static final long EARLY_MIN_BYTES = 32L << 20;

    private static final Map<Path, Early> EARLY = new ConcurrentHashMap<>();

    private FileDigest() {
    }

    public static String sha256(Path file) {
        Early early = EARLY.remove(file.toAbsolutePath().normalize());
        if (early != null && early.stillDescribes(file)) {
            return early.digest().join();
        }
        return compute(file);
    }

    /**
     * Starts the digest of every large file named after {@code ingest} on the command line, on a thread of its own
     * while the application starts: on 2 cores Spring's start-up leaves about a second of one core idle, and the
     * digest of a 600 MB export takes about that long before the load can begin. {@link #sha256} takes the result if
     * the file's size and modification time are still those it was read with, and computes it again otherwise. An
     * argument that is not the file (an option's value that happens to name one) only costs an unused digest.
     */
    public static void startEarly(List<String> args) {
        int command = args.indexOf("ingest");
        if (command < 0) {
            return;
        }
        for (String arg : args.subList(command + 1, args.size())) {
            Path file = Path.of(arg).toAbsolutePath().normalize();
            try {
                BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                if (attributes.isRegularFile() && attributes.size() >= EARLY_MIN_BYTES) {
                    EARLY.computeIfAbsent(file, f -> new Early(attributes.size(), attributes.lastModifiedTime(),
                            CompletableFuture.supplyAsync(() -> compute(f), FileDigest::onDaemonThread)));
                }
            } catch (IOException | RuntimeException e) {
                // not a readable file: nothing to start; the command reports it
            }
        }
    }

    private static void onDaemonThread(Runnable task) {
        Thread thread = new Thread(task, "file-digest");
        thread.setDaemon(true);
        thread.start();
    }

    private static String compute(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
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
