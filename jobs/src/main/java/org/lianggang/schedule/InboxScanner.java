package org.lianggang.schedule;

import org.lianggang.Messages;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.lianggang.catalog.Catalog;

/**
 * Lists the exports waiting in {@code inbox/<source>/<year>/}: .csv, .txt, .tsv, .xlsx and .xls files (what each
 * holds is decided by its bytes when it is read), in a stable order (source, year, name). Hidden files and Excel's {@code ~$} lock files are not exports and are passed over silently.
 * Symbolic links (a source or year folder linked from a share, a linked file) are followed; a link to nothing, a
 * link loop or a folder that cannot be read is reported, never skipped without a word.
 */
final class InboxScanner {

    private static final Set<String> EXTENSIONS = Set.of("csv", "txt", "tsv", "xlsx", "xls");

    private final Catalog catalog;

    InboxScanner(Catalog catalog) {
        this.catalog = catalog;
    }

    List<InboxFile> scan(Path inbox) {
        if (!Files.isDirectory(inbox)) {
            return List.of();
        }
        List<InboxFile> found = new ArrayList<>();
        try {
            Files.walkFileTree(inbox, EnumSet.of(FileVisitOption.FOLLOW_LINKS), 3, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (attributes.isRegularFile() && isExport(file)) {
                        found.add(describe(inbox, file));
                    } else if (attributes.isSymbolicLink()) {
                        // Followed links show their target's attributes: a link still seen as one points nowhere.
                        found.add(unusable(file, Messages.text("inbox.dangling-link")));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    found.add(unusable(file, e instanceof FileSystemLoopException
                            ? Messages.text("inbox.link-loop")
                            : Messages.text("inbox.unreadable", e.getMessage())));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the inbox " + inbox, e);
        }
        found.sort(Comparator.comparing(InboxFile::path));
        return List.copyOf(found);
    }

    private static InboxFile unusable(Path file, String problem) {
        return new InboxFile(file, "", 0, Instant.EPOCH, problem);
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
            return new InboxFile(file, "", 0, modified, Messages.text("inbox.misplaced"));
        }
        String source = relative.getName(0).toString();
        String yearDir = relative.getName(1).toString();
        if (catalog.source(source).isEmpty()) {
            return new InboxFile(file, source, 0, modified, catalog.unknownSource(source));
        }
        if (!yearDir.matches("(19|20)\\d\\d")) {
            return new InboxFile(file, source, 0, modified, Messages.text("inbox.not-a-year", yearDir));
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
