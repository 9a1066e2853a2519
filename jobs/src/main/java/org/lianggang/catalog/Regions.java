package org.lianggang.catalog;

import org.lianggang.Messages;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every known region, and the deployment's root with everything below it: the regions it reports on. Lookups by
 * code or by name (aliases and historical names included) answer only within the root's subtree, so a row for a
 * region outside it is an unknown region; {@link #known} names any region (its ancestors, the rest of the country).
 */
public final class Regions {

    /** The root when a deployment names none: 柳州市. */
    public static final String DEFAULT_ROOT = "450200";

    private final Region root;
    private final Map<String, Region> known = new LinkedHashMap<>();
    private final Map<String, Region> byCode = new LinkedHashMap<>();
    private final Map<String, Region> byName = new LinkedHashMap<>();

    /** A city and its counties (the shape of a single city file): the city is the root. */
    public Regions(Region city, List<Region> counties) {
        this(join(city, counties), city.code());
    }

    /**
     * @param regions every known region, parents before or after children, already checked (unique codes, known
     *                parents, levels in order)
     * @param rootCode the code of the root, one of {@code regions}
     */
    public Regions(List<Region> regions, String rootCode) {
        regions.forEach(r -> known.put(r.code(), r));
        this.root = known.get(rootCode);
        if (root == null) {
            throw new CatalogException(Messages.pick("根地区 " + rootCode + " 不在 schemas/regions 中",
                    "root region " + rootCode + " is not in schemas/regions"));
        }
        regions.stream().filter(this::inScope).forEach(r -> byCode.put(r.code(), r));
        indexNames();
    }

    private static List<Region> join(Region city, List<Region> counties) {
        List<Region> all = new ArrayList<>(List.of(city));
        all.addAll(counties);
        return all;
    }

    /** Whether the region is the root, one of its former codes, or lies below either (parents by series code). */
    private boolean inScope(Region region) {
        Set<String> seen = new HashSet<>();
        for (Region at = region; at != null && seen.add(at.code()); at = known.get(at.parentCode())) {
            if (seriesCode(at.code()).equals(root.code())) {
                return true;
            }
            if (at.parentCode() == null) {
                return false;
            }
        }
        return false;
    }

    /** Official names first, then aliases; a name two series share (城中区 of two cities) answers to neither. */
    private void indexNames() {
        Set<String> ambiguous = new HashSet<>();
        for (Region region : byCode.values()) {
            Region other = byName.putIfAbsent(region.name(), region);
            if (other != null && !seriesCode(other.code()).equals(seriesCode(region.code()))) {
                ambiguous.add(region.name());
            }
        }
        ambiguous.forEach(byName::remove);
        byCode.values().forEach(r -> r.aliases().forEach(alias -> {
            if (!ambiguous.contains(alias)) {
                byName.putIfAbsent(alias, r);
            }
        }));
    }

    /** The region the deployment reports on (its warehouse covers it and everything below it). */
    public Region root() {
        return root;
    }

    /** The root, for code written when a deployment was one city: its total row is the root's row. */
    public Region city() {
        return root;
    }

    /** Whether a row of this region in an export is the total its export's other rows are checked against. */
    public boolean isTotalRow(Region region) {
        return region.code().equals(root.code());
    }

    /**
     * Whether a row of this region adds into the root's total row of an export: a region directly below the root,
     * except a zone whose figures are already inside a county's (its row is shown, never added twice). Regions
     * further down are inside their parent's row, so a province's file with its cities' and counties' rows is held
     * against its cities.
     */
    public boolean addsIntoTotalRow(Region region) {
        return root.code().equals(region.parentCode()) && region.includedIn() == null;
    }

    /** The root and every region below it, historical codes and zones included. */
    public List<Region> all() {
        return List.copyOf(byCode.values());
    }

    /** Any region the files describe, inside the root's subtree or not (for names). */
    public Optional<Region> known(String code) {
        return Optional.ofNullable(known.get(code));
    }

    public int knownCount() {
        return known.size();
    }

    /** Accepts a 6-digit GB/T 2260 code or a 12-digit 统计用区划代码 (whose first six digits are the county code). */
    public Optional<Region> byCode(String code) {
        String key = code.length() == 12 && code.endsWith("000000") ? code.substring(0, 6) : code;
        return Optional.ofNullable(byCode.get(key));
    }

    public Optional<Region> byName(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** The code a region's series is reported under today: the end of its successor chain. */
    public String seriesCode(String code) {
        Region region = known.get(code);
        Set<String> seen = new HashSet<>();
        while (region != null && region.successor() != null && seen.add(region.code())) {
            region = known.get(region.successor());
        }
        return region == null ? code : region.code();
    }
}
