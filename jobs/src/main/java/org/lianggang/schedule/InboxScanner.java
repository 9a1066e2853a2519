package org.lianggang.schedule;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.lianggang.catalog.Catalog;

/**
 * Lists the exports waiting in {@code inbox/<source>/<year>/}: CSV and Excel files, in a stable order (source,
 * year, name). Hidden files and Excel's {@code ~$} lock files are not exports and are passed over silently.
 */
final class InboxScanner {

    private static final Set<String> EXTENSIONS = Set.of("csv", "txt", "xlsx", "xls");

    private final Catalog catalog;

    InboxScanner(Catalog catalog) {
        this.catalog = catalog;
    }

    List<InboxFile> scan(Path inbox) {
        if (!Files.isDirectory(inbox)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(inbox, 3)) {
            return files.filter(Files::isRegularFile).filter(InboxScanner::isExport)
                    .sorted().map(f -> describe(inbox, f)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the inbox " + inbox, e);
        }
    }

    private static boolean isExport(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return !name.startsWith(".") && !name.startsWith("~$") && dot > 0
                && EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    private InboxFile describe(Path inbox, Path file) {
        Path relative = inbox.relativize(file);
        Instant modified = modified(file);
        if (relative.getNameCount() != 3) {
            return new InboxFile(file, "", 0, modified, "not in inbox/<source>/<year>/: move it there");
        }
        String source = relative.getName(0).toString();
        String yearDir = relative.getName(1).toString();
        if (catalog.source(source).isEmpty()) {
            return new InboxFile(file, source, 0, modified, catalog.unknownSource(source));
        }
        if (!yearDir.matches("(19|20)\\d\\d")) {
            return new InboxFile(file, source, 0, modified, "'" + yearDir + "' is not a year folder");
        }
        return new InboxFile(file, source, Integer.parseInt(yearDir), modified, null);
    }

    private static Instant modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toInstant();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
