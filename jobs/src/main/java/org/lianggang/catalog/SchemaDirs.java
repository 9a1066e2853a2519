package org.lianggang.catalog;

import org.lianggang.Messages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The schema directories a deployment composes: the shipped one, whose {@code catalog/}, {@code regions/} and
 * {@code sources/} must be there, and the deployment's own ({@code lianggang.extra-schemas}), each holding any of
 * those three. A file is listed by the directory it is in, never by its name: adding a plan, a region file or a
 * department's elements is adding a file, in either place.
 */
final class SchemaDirs {

    private final Path shipped;
    private final List<Path> extra;
    private final List<CatalogProblem> problems;
    private final Set<String> unreadable = new HashSet<>();

    SchemaDirs(Path shipped, List<Path> extra, List<CatalogProblem> problems) {
        this.shipped = shipped;
        this.extra = List.copyOf(extra);
        this.problems = problems;
        for (Path dir : this.extra) {
            if (!Files.isDirectory(dir)) {
                problems.add(new CatalogProblem(dir, 0, 0, Messages.pick("附加配置目录（lianggang.extra-schemas）不存在",
                        "the extra schemas directory (lianggang.extra-schemas) does not exist")));
            }
        }
    }

    /** The files of {@code part} (catalog, regions, sources) ending in one of {@code suffixes}: shipped first. */
    List<Path> files(String part, String... suffixes) {
        List<Path> files = new ArrayList<>(list(shipped.resolve(part), part, suffixes));
        for (Path dir : extra) {
            if (Files.isDirectory(dir.resolve(part))) {
                files.addAll(list(dir.resolve(part), part, suffixes));
            }
        }
        return files;
    }

    /** Whether every directory of {@code part} that must be there could be listed. */
    boolean readable(String part) {
        return !unreadable.contains(part);
    }

    private List<Path> list(Path dir, String part, String... suffixes) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> Stream.of(suffixes).anyMatch(s -> f.getFileName().toString().endsWith(s)))
                    .sorted().toList();
        } catch (IOException e) {
            problems.add(new CatalogProblem(dir, 0, 0, Messages.pick("无法读取目录：", "cannot read the directory: ") + e));
            unreadable.add(part);
            return List.of();
        }
    }
}
