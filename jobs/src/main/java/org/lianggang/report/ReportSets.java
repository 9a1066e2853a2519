package org.lianggang.report;

import static java.nio.file.LinkOption.NOFOLLOW_LINKS;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.lianggang.FileMover;

/**
 * The published report sets under {@code <home>/reports/}: {@code <year>} is a symbolic link to a hidden set
 * directory {@code .<year>.<random>} that holds one complete report. A new set is written into a new hidden
 * directory and published by renaming a new link over the old one: a single atomic rename, so a reader, or a crash,
 * sees the old set or the new one, never a mix of the two. Sets that no link points to (a killed run's, the one
 * just replaced) are swept; call this only under the run lock.
 */
final class ReportSets {

    private static final String BUILT_FROM = ".built-from";
    private static final Pattern OURS = Pattern.compile("\\.\\d{4}\\..+");
    private static final Pattern YEAR = Pattern.compile("\\d+");

    private final Path reports;
    private final FileMover mover;

    ReportSets(Path reports, FileMover mover) {
        this.reports = reports;
        this.mover = mover;
    }

    /** A new, empty, unpublished set directory for the year. */
    Path create(int year) throws IOException {
        Files.createDirectories(reports);
        return Files.createTempDirectory(reports, "." + year + ".");
    }

    /** Records what the set was built from, then swaps it in as {@code <year>}. */
    void publish(int year, Path set, String builtFrom) throws IOException {
        Files.writeString(set.resolve(BUILT_FROM), builtFrom, StandardCharsets.UTF_8);
        // Relative, so that the home can be moved or mounted elsewhere.
        Path link = Files.createSymbolicLink(link(set), set.getFileName());
        Path published = reports.resolve(String.valueOf(year));
        if (Files.isDirectory(published, NOFOLLOW_LINKS)) {
            // A plain directory (written before report sets existed) cannot be replaced by a rename: set aside once.
            Files.move(published, reports.resolve("." + year + ".plain-" + System.nanoTime()),
                    StandardCopyOption.ATOMIC_MOVE);
        }
        mover.move(link, published);
    }

    /** What the published set of the year was built from; empty when none was recorded. */
    Optional<String> builtFrom(int year) throws IOException {
        Path file = reports.resolve(String.valueOf(year)).resolve(BUILT_FROM);
        return Files.isRegularFile(file) ? Optional.of(Files.readString(file, StandardCharsets.UTF_8))
                : Optional.empty();
    }

    /** Whether {@code dir} is a year's set or lies inside one, by name or once symbolic links are resolved. */
    boolean contains(Path dir) throws IOException {
        Path absolute = dir.toAbsolutePath().normalize();
        return inSet(reports.toAbsolutePath().normalize(), absolute)
                || Files.exists(reports) && inSet(reports.toRealPath(), realPath(absolute));
    }

    /** Whether the first name below {@code root} is a year (the link) or one of our hidden sets. */
    private static boolean inSet(Path root, Path dir) {
        if (!dir.startsWith(root) || dir.equals(root)) {
            return false;
        }
        String first = root.relativize(dir).getName(0).toString();
        return YEAR.matcher(first).matches() || OURS.matcher(first).matches();
    }

    /** The real path of {@code dir}: of its nearest existing ancestor, with the rest appended. */
    private static Path realPath(Path dir) throws IOException {
        Path existing = dir;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        return existing == null ? dir : existing.toRealPath().resolve(existing.relativize(dir));
    }

    /** Deletes a set that was not published, with its link. */
    void discard(Path set) throws IOException {
        Files.deleteIfExists(link(set));
        deleteTree(set);
    }

    private Path link(Path set) {
        return reports.resolve(set.getFileName() + ".link");
    }

    /** Deletes our hidden sets and links that no published year points to: the replaced ones, a killed run's. */
    void sweep() throws IOException {
        if (!Files.isDirectory(reports)) {
            return;
        }
        Set<Path> live = new HashSet<>();
        List<Path> ours = new ArrayList<>();
        try (Stream<Path> entries = Files.list(reports)) {
            for (Path entry : entries.toList()) {
                if (OURS.matcher(entry.getFileName().toString()).matches()) {
                    ours.add(entry);
                } else if (Files.isSymbolicLink(entry)) {
                    live.add(reports.resolve(Files.readSymbolicLink(entry)).normalize());
                }
            }
        }
        for (Path entry : ours) {
            if (!live.contains(entry.normalize())) {
                deleteTree(entry);
            }
        }
    }

    /**
     * Deletes a directory tree; a symbolic link is deleted, never followed. A read-only file (a vintage's staging
     * copy) is made writable first, which Windows needs to delete it.
     */
    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir, NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                if (Files.isRegularFile(path, NOFOLLOW_LINKS) && !Files.isWritable(path)) {
                    path.toFile().setWritable(true);
                }
                Files.deleteIfExists(path);
            }
        }
    }
}
