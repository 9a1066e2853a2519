package org.lianggang.schedule;

import java.util.List;
import org.lianggang.catalog.Catalog;
import org.lianggang.lake.Lake;
import org.lianggang.lake.ManifestEntry;
import org.lianggang.warehouse.BuildLauncher;
import org.springframework.stereotype.Component;

/**
 * {@code lianggang retract}: takes a (source, year) partition out of the lake with a retraction entry in the
 * manifest, then rebuilds the warehouse so that reports stop counting it. Call it under the run lock.
 */
@Component
public class RetractRun {

    private final Catalog catalog;
    private final Lake lake;
    private final BuildLauncher build;

    RetractRun(Catalog catalog, Lake lake, BuildLauncher build) {
        this.catalog = catalog;
        this.lake = lake;
        this.build = build;
    }

    /** What was retracted, and the build's failures (empty when the warehouse was rebuilt or not asked for). */
    public record Result(ManifestEntry retraction, List<String> buildFailures) {
    }

    public Result retract(String source, int year, boolean rebuild) {
        String table = catalog.requireSource(source).table().tableName();
        ManifestEntry retraction = lake.retract(table, source, year);
        return new Result(retraction, rebuild ? build.build() : List.of());
    }
}
