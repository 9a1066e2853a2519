package org.lianggang.catalog;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns the composed entries of {@code schemas/regions/} into regions and checks that they form a tree: every
 * entry has a name and a known level, every parent and successor is a known code, no parent chain comes back to
 * where it started, each level sits under the levels it may ({@link RegionLevel#parentLevels()}), and a zone
 * included in a county's figures names a county of its own city.
 */
final class RegionTreeCheck {

    private final Map<String, RegionFiles.Placed> entries;
    private final Findings findings;

    RegionTreeCheck(Map<String, RegionFiles.Placed> entries, Findings findings) {
        this.entries = entries;
        this.findings = findings;
    }

    List<Region> regions() {
        Map<String, Region> regions = new LinkedHashMap<>();
        entries.values().forEach(p -> toRegion(p).ifPresent(r -> regions.put(r.code(), r)));
        Set<String> inCycles = cycles(regions);
        for (Region region : regions.values()) {
            RegionFiles.Placed at = entries.get(region.code());
            if (region.parentCode() != null && !regions.containsKey(region.parentCode())) {
                if (!entries.containsKey(region.parentCode())) {
                    add(at, "/parent", "上级代码 " + region.parentCode() + " 不是已知地区",
                            "parent " + region.parentCode() + " is not a known region");
                }
            } else if (!inCycles.contains(region.code())) {
                checkLevel(at, region, region.parentCode() == null ? null : regions.get(region.parentCode()));
            }
            if (region.successor() != null && !entries.containsKey(region.successor())) {
                add(at, "/successor", "继承代码 " + region.successor() + " 不是已知地区",
                        "successor " + region.successor() + " is not a known region");
            }
            checkIncluded(at, region, regions);
        }
        return List.copyOf(regions.values());
    }

    private Optional<Region> toRegion(RegionFiles.Placed placed) {
        RegionEntry e = placed.entry();
        boolean ok = true;
        if (e.name() == null) {
            add(placed, "", "缺少必填键 name", "missing required key 'name'");
            ok = false;
        }
        Optional<RegionLevel> level = e.level() == null ? Optional.empty()
                : RegionLevel.ofCode(e.level());
        if (level.isEmpty()) {
            String levels = Arrays.stream(RegionLevel.values()).map(RegionLevel::code)
                    .collect(Collectors.joining(", "));
            add(placed, e.level() == null ? "" : "/level", (e.level() == null ? "缺少 level" : "未知级别 " + e.level())
                    + "（应为 " + levels + "）", (e.level() == null ? "missing level" : "unknown level " + e.level())
                    + " (one of " + levels + ")");
            ok = false;
        }
        return ok ? Optional.of(new Region(e.code(), e.name(), level.get(), e.parent(), e.validFrom(),
                e.validTo(), e.successor(), e.aliases(), e.includedIn())) : Optional.empty();
    }

    private void checkLevel(RegionFiles.Placed at, Region region, Region parent) {
        if (parent == null) {
            if (region.level() == RegionLevel.ZONE) {
                add(at, "", "新区/功能区 " + region.code() + " 须有上级（所在的市）",
                        "zone " + region.code() + " needs a parent (its city)");
            }
            return;
        }
        if (!region.level().parentLevels().contains(parent.level())) {
            add(at, "/parent", region.level().code() + " " + region.code() + " 不能隶属于 " + parent.level().code()
                    + " " + parent.code() + "（上级须为 " + codes(region.level().parentLevels()) + "）",
                    "a " + region.level().code() + " cannot lie under a " + parent.level().code() + " ("
                            + parent.code() + "); its parent must be " + codes(region.level().parentLevels()));
        }
    }

    private static String codes(Set<RegionLevel> levels) {
        return levels.isEmpty() ? "none" : levels.stream().sorted().map(RegionLevel::code)
                .collect(Collectors.joining(" / "));
    }

    /** Codes whose parent chain returns to them; each cycle is reported once, at each of its members. */
    private Set<String> cycles(Map<String, Region> regions) {
        Set<String> inCycles = new HashSet<>();
        for (Region start : regions.values()) {
            List<String> chain = new ArrayList<>();
            for (Region at = start; at != null && !inCycles.contains(at.code()); at = regions.get(at.parentCode())) {
                int seen = chain.indexOf(at.code());
                if (seen >= 0) {
                    List<String> cycle = chain.subList(seen, chain.size());
                    String path = String.join(" → ", cycle) + " → " + cycle.get(0);
                    cycle.forEach(code -> add(entries.get(code), "/parent", "上级关系成环 " + path,
                            "parents form a cycle " + path));
                    inCycles.addAll(cycle);
                    break;
                }
                chain.add(at.code());
            }
        }
        return inCycles;
    }

    private void checkIncluded(RegionFiles.Placed at, Region region, Map<String, Region> regions) {
        if (region.includedIn() == null) {
            return;
        }
        Region county = regions.get(region.includedIn());
        if (region.level() != RegionLevel.ZONE) {
            add(at, "/included_in", "只有新区/功能区 (zone) 可写 included_in", "only a zone may say included_in");
        } else if (county == null || county.level() != RegionLevel.COUNTY
                || !Objects.equals(county.parentCode(), region.parentCode())) {
            add(at, "/included_in", "included_in " + region.includedIn() + " 须为同一市的县区",
                    "included_in " + region.includedIn() + " must be a county of the zone's own city");
        }
    }

    private void add(RegionFiles.Placed at, String key, String chinese, String english) {
        findings.add(at.file(), at.pointer() + key, at.entry().code() + "：" + chinese,
                at.entry().code() + ": " + english);
    }
}
