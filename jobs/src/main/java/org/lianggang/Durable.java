package org.lianggang;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * What makes a publication survive a power loss: the file's content forced to disk before the rename that publishes
 * it ({@link FileMover}), and the directory's entries after it. Lake partitions, the manifest and vintages alike.
 */
public final class Durable {

    private Durable() {
    }

    /** Forces a file's content to disk: before the rename that publishes it (a lake file, a vintage's files). */
    public static void force(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    /**
     * Forces a directory's entries to disk (fsync on the directory), so that a rename into it survives a power
     * loss. Best effort: a file system that cannot sync a directory (some network mounts refuse it) keeps to its own
     * guarantees, and the rename it follows has happened either way.
     */
    public static void forceDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // see above: nothing to undo, and nothing the operator could do about it
        }
    }
}
