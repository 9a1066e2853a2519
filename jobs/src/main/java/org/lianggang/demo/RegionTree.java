package org.lianggang.demo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.lianggang.catalog.Region;
import org.lianggang.catalog.RegionLevel;
import org.lianggang.catalog.Regions;

/**
 * The regions of the root's subtree that the demo exports carry (zones left out: their figures lie inside the
 * counties'), each with the regions directly below it.
 */
final class RegionTree {

    private final Map<String, List<Region>> children = new HashMap<>();

    RegionTree(Regions regions) {
        regions.all().stream().filter(r -> r.level() != RegionLevel.ZONE && r.parentCode() != null)
                .forEach(r -> children.computeIfAbsent(r.parentCode(), k -> new ArrayList<>()).add(r));
    }

    /** A county, or a region with nothing below it: the demo draws its figures rather than summing them. */
    boolean isLowest(Region region) {
        return region.level() == RegionLevel.COUNTY
                || region.level() != RegionLevel.ZONE && !children.containsKey(region.code());
    }

    /** The regions directly below, valid in the year. */
    List<Region> childrenIn(Region region, int year) {
        return children.getOrDefault(region.code(), List.of()).stream().filter(r -> r.validIn(year)).toList();
    }
}
