package org.lianggang.catalog;

import org.lianggang.Messages;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Problems found in files of {@code schemas/} before they are placed: each names its file and the JSON pointer of
 * the key it concerns; lines and columns are looked up only when there is something to report.
 */
final class Findings {

    private record Finding(Path file, String pointer, String message) {
    }

    private final List<Finding> findings = new ArrayList<>();
    private final Map<Path, YamlLocations> locations = new HashMap<>();
    private final Map<Path, List<Integer>> csvLines = new HashMap<>();

    /** The line of each record of a CSV file ({@code /regions/k} is at {@code lines.get(k)}). */
    void csvLines(Path file, List<Integer> lines) {
        csvLines.put(file, lines);
    }

    void add(Path file, String pointer, String chinese, String english) {
        findings.add(new Finding(file, pointer, Messages.pick(chinese, english)));
    }

    /** {@code file:line:column} of a pointer, as a message names another place. */
    String where(Path file, String pointer) {
        return place(file, pointer, "").where();
    }

    void throwIfAny() {
        if (!findings.isEmpty()) {
            throw new CatalogException(findings.stream().map(f -> place(f.file(), f.pointer(), f.message())).toList());
        }
    }

    private CatalogProblem place(Path file, String pointer, String message) {
        if (csvLines.containsKey(file)) {
            String[] parts = pointer.split("/");
            int line = parts.length > 2 ? csvLines.get(file).get(Integer.parseInt(parts[2])) : 0;
            return new CatalogProblem(file, line, line > 0 ? 1 : 0, message);
        }
        if (!file.toString().endsWith(".yaml") && !file.toString().endsWith(".yml")) {
            return new CatalogProblem(file, 0, 0, message);
        }
        YamlLocations.Position at = locations.computeIfAbsent(file, YamlLocations::of).find(pointer);
        return new CatalogProblem(file, at.line(), at.column(), message);
    }
}
