package org.lianggang.lake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The lake's deletions: debris and superseded partition files, with the directories they leave empty, and staging
 * directories. Kept apart from {@link Lake}, whose commits never delete: a deletion runs only under the run lock,
 * after a warehouse that no longer reads the files has been swapped in, or on what no manifest entry names.
 */
final class LakeFileDeletion {

    private LakeFileDeletion() {
    }

    /** Deletes the partition files of {@code tables} that {@code unwanted} accepts, then the directories left empty. */
    static void partitionFiles(Path root, List<LakeTable<?>> tables, Predicate<Path> unwanted) {
        for (LakeTable<?> table : tables) {
            try (Stream<Path> files = walk(root.resolve(table.name()))) {
                files.filter(f -> f.toString().endsWith(".parquet") && unwanted.test(f))
                        .forEach(LakeFileDeletion::delete);
            }
            deleteEmptyDirectories(root.resolve(table.name()));
        }
    }

    /** Partition and source directories left empty by deletions (a retracted partition's). */
    private static void deleteEmptyDirectories(Path tableDir) {
        try (Stream<Path> dirs = walk(tableDir)) {
            dirs.sorted(Comparator.reverseOrder()).filter(d -> !d.equals(tableDir) && Files.isDirectory(d))
                    .forEach(LakeFileDeletion::deleteIfEmpty);
        }
    }

    private static void deleteIfEmpty(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            if (entries.findAny().isEmpty()) {
                delete(dir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    /** Deletes a directory and everything below it. */
    static void discard(Path dir) {
        try (Stream<Path> files = walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(LakeFileDeletion::delete);
        }
    }

    private static Stream<Path> walk(Path dir) {
        if (!Files.exists(dir)) {
            return Stream.empty();
        }
        try {
            return Files.walk(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    private static void delete(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + path, e);
        }
    }
}
