package org.lianggang.schedule;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;

/**
 * At most one pipeline run (ingest, nightly, build, retract, restart) per home, across processes: an OS file lock
 * on {@code <home>/run.lock}. The operating system releases it when the holder dies, even by kill -9, so a crash
 * never leaves a stale lock to clean by hand. The holder writes its pid, command and start time into the file, for
 * the message the next run prints while it waits or gives up.
 */
public final class RunLock {

    private static final Duration POLL = Duration.ofMillis(250);

    private final Path file;

    public RunLock(Path home) {
        this.file = home.resolve("run.lock");
    }

    public Path file() {
        return file;
    }

    /**
     * Takes the lock, waiting up to {@code wait} (zero: do not wait) while another run holds it.
     *
     * @throws RunLockBusyException when it is still held after {@code wait}
     */
    public Held acquire(String command, Duration wait) {
        Instant deadline = Instant.now().plus(wait);
        try {
            Files.createDirectories(file.getParent());
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            try {
                while (true) {
                    FileLock lock = tryLock(channel);
                    if (lock != null) {
                        String holder = "pid " + ProcessHandle.current().pid() + ", command '" + command
                                + "', started " + Instant.now();
                        channel.truncate(0);
                        channel.write(ByteBuffer.wrap((holder + "\n").getBytes(StandardCharsets.UTF_8)), 0);
                        channel.force(false);
                        return new Held(channel, lock);
                    }
                    if (!Instant.now().isBefore(deadline)) {
                        throw new RunLockBusyException(file, holder(), wait);
                    }
                    Thread.sleep(POLL.toMillis());
                }
            } catch (RuntimeException | InterruptedException e) {
                channel.close();
                if (e instanceof InterruptedException) {
                    Thread.currentThread().interrupt();
                    throw new RunLockBusyException(file, holder(), wait);
                }
                throw (RuntimeException) e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the run lock " + file, e);
        }
    }

    /** Who holds the lock, as written by the holder (best effort: empty while nobody has written). */
    public String holder() {
        try {
            return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8).strip() : "";
        } catch (IOException e) {
            return "";
        }
    }

    /** Null while another process holds it; a second run inside this JVM (serve) counts as another holder. */
    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null;
        }
    }

    /** The held lock; closing it releases the lock (the file stays, the OS lock goes). */
    public static final class Held implements AutoCloseable {

        private final FileChannel channel;
        private final FileLock lock;

        private Held(FileChannel channel, FileLock lock) {
            this.channel = channel;
            this.lock = lock;
        }

        @Override
        public void close() {
            try {
                channel.truncate(0);
                lock.release();
                channel.close();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot release the run lock", e);
            }
        }
    }
}
