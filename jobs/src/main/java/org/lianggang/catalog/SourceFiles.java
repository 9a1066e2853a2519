package org.lianggang.catalog;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The source layouts of every {@code sources/} directory by id, and the file each came from; a layout id written
 * in two files is a problem naming both (the second would otherwise replace the first without a word).
 */
final class SourceFiles {

    private final Map<String, SourceLayout> layouts = new LinkedHashMap<>();
    private final Map<String, Path> paths = new LinkedHashMap<>();
    private final Findings findings = new Findings();

    void add(SourceLayout layout, Path file) {
        Path earlier = paths.get(layout.id());
        if (earlier != null) {
            String where = findings.where(earlier, "/id");
            findings.add(file, "/id", "导出格式 id " + layout.id() + " 重复，亦见于 " + where,
                    "layout id " + layout.id() + " is written twice; also at " + where);
            return;
        }
        layouts.put(layout.id(), layout);
        paths.put(layout.id(), file);
    }

    Map<String, SourceLayout> layouts() {
        return layouts;
    }

    Map<String, Path> paths() {
        return paths;
    }

    List<CatalogProblem> problems() {
        try {
            findings.throwIfAny();
            return List.of();
        } catch (CatalogException e) {
            return new ArrayList<>(e.problems());
        }
    }
}
