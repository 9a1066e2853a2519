package org.lianggang;

import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises a failure caused by a full disk and says so, and where, instead of the last wrapper's words: a full
 * disk under H2's JobRepository surfaces as {@code JDBC rollback; The database has been closed}, the
 * {@code No space left on device} (ENOSPC) three causes down. Looks through the whole cause chain (and suppressed
 * exceptions) for that text: Java's IOException, H2's MVStoreException and DuckDB's IO Error all carry it.
 */
public final class NoSpaceLeft {

    private static final String ENOSPC = "No space left on device";
    private static final Pattern QUOTED_PATH = Pattern.compile("\"(/[^\"\\\\]+)");
    private static final long MIB = 1024 * 1024;
    private static final long NEARLY_FULL_MIB = 1;

    private NoSpaceLeft() {
    }

    /**
     * The operator's message when {@code failure} was caused by a full disk; empty otherwise. Names the file the
     * failure names (a {@link FileSystemException}'s, a quoted path in DuckDB's message), else {@code home}, and the
     * file system holding it with its free space now.
     */
    public static Optional<String> describe(Throwable failure, Path home) {
        Optional<Throwable> cause = find(failure, Collections.newSetFromMap(new IdentityHashMap<>()));
        if (cause.isEmpty()) {
            // H2 does not always keep the ENOSPC under its "JDBC rollback failed" / "database has been closed": a
            // failure while the home's file system is all but full is a full disk all the same.
            return failure != null && nearlyFull(home) ? Optional.of(Messages.pick("磁盘空间不足：" + home
                    + "（" + fileSystem(home) + "）；腾出空间后重新运行即可（", "no space left on device: " + home + " ("
                    + fileSystem(home) + "); free some space, then run the command again (") + failure.getMessage() + ")") : Optional.empty();
        }
        Path where = file(cause.get()).orElse(home);
        String detail = cause.get().getMessage().trim().equals(ENOSPC) ? "" : " (" + cause.get().getMessage() + ")";
        return Optional.of(Messages.pick("磁盘空间不足：" + where + "（" + fileSystem(where)
                + "）；腾出空间后重新运行即可", "no space left on device: " + where + " (" + fileSystem(where)
                + "); free some space, then run the command again") + detail);
    }

    /** Less than {@value #NEARLY_FULL_MIB} MiB left on the file system holding the path's nearest existing ancestor. */
    private static boolean nearlyFull(Path path) {
        Path existing = path == null ? null : path.toAbsolutePath();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        try {
            return existing != null && Files.getFileStore(existing).getUsableSpace() < NEARLY_FULL_MIB * MIB;
        } catch (IOException e) {
            return false;
        }
    }

    private static Optional<Throwable> find(Throwable failure, Set<Throwable> seen) {
        if (failure == null || !seen.add(failure)) {
            return Optional.empty();
        }
        if (failure.getMessage() != null && failure.getMessage().contains(ENOSPC)) {
            return Optional.of(failure);
        }
        for (Throwable suppressed : failure.getSuppressed()) {
            Optional<Throwable> found = find(suppressed, seen);
            if (found.isPresent()) {
                return found;
            }
        }
        return find(failure.getCause(), seen);
    }

    private static Optional<Path> file(Throwable cause) {
        if (cause instanceof FileSystemException e && e.getFile() != null) {
            return Optional.of(Path.of(e.getFile()));
        }
        Matcher quoted = QUOTED_PATH.matcher(cause.getMessage());
        return quoted.find() ? Optional.of(Path.of(quoted.group(1))) : Optional.empty();
    }

    /** {@code 文件系统 · file system /data (ext4)，剩余 · free 0 MiB / 4096 MiB}, of the nearest existing ancestor. */
    private static String fileSystem(Path path) {
        Path existing = path.toAbsolutePath();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return Messages.pick("文件系统未知", "file system unknown");
        }
        try {
            FileStore store = Files.getFileStore(existing);
            return Messages.pick("文件系统 " + store + "，剩余 ", "file system " + store + ", free ")
                    + store.getUsableSpace() / MIB + " MiB / " + store.getTotalSpace() / MIB + " MiB";
        } catch (IOException e) {
            return Messages.pick("文件系统未知：", "file system unknown: ") + e.getMessage();
        }
    }
}
