package org.lianggang;

import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Recognises a full disk in a failure, however deep it is wrapped (DuckDB's "IO Error … No space left on device",
 * H2's "The database has been closed" with the IOException under it), and says so in words an operator acts on:
 * which file system, how much is free.
 */
public final class DiskFull {

    private DiskFull() {
    }

    /** The operator's message if {@code failure} is a full disk, else empty. {@code where} is the path written to. */
    public static Optional<String> describe(Throwable failure, Path where) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String message = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
            if (message.contains("no space left on device") || message.contains("disk full")
                    || message.contains("not enough space") || message.contains("enospc")) {
                return Optional.of("磁盘空间不足 · no space left on device: " + where + space(where)
                        + "；释放空间后重新运行同一命令即可，原有数据未被改动 · free some space and run the same command"
                        + " again; nothing was changed");
            }
        }
        return Optional.empty();
    }

    private static String space(Path where) {
        try {
            Path existing = where;
            while (existing != null && !Files.exists(existing)) {
                existing = existing.getParent();
            }
            if (existing == null) {
                return "";
            }
            FileStore store = Files.getFileStore(existing);
            return String.format(" (文件系统 %s，剩余 %,d KB · file system %s, %,d KB free)", store.name(),
                    store.getUsableSpace() / 1024, store.name(), store.getUsableSpace() / 1024);
        } catch (IOException e) {
            return "";
        }
    }
}
