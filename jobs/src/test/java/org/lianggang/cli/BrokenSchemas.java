package org.lianggang.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.util.FileSystemUtils;

/** Copies of the real {@code schemas/}, whole or with one file broken. */
final class BrokenSchemas {

    static final Path SCHEMAS = Path.of("../schemas").toAbsolutePath().normalize();

    private BrokenSchemas() {
    }

    static Path copy(Path to) throws IOException {
        FileSystemUtils.copyRecursively(SCHEMAS, to);
        return to;
    }

    /** A copy in which the first {@code from} of {@code file} reads {@code to}. */
    static Path withChange(Path to, String file, String from, String replacement) throws IOException {
        copy(to);
        Path path = to.resolve(file);
        String text = Files.readString(path);
        if (!text.contains(from)) {
            throw new IllegalStateException(file + " no longer contains " + from);
        }
        Files.writeString(path, text.replace(from, replacement));
        return to;
    }
}
