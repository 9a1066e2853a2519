package org.lianggang.ingest.map.check;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The keys (region × element × sex × area × age group) a long export has given so far, one bit each in a paged bit
 * set over the catalog's key space, so a duplicate is found as its row is read, in one pass and without a second
 * scan of the file. Memory is bounded by the catalog, never by the length of the file: regions × elements × 3
 * sexes × 3 areas bits per distinct age group, in 8 KB pages allocated only where keys fall (nationally, ~2,800
 * counties × 61 elements: at most ~190 KB per age group).
 */
public final class SeenKeys {

    private static final int PAGE_BITS = 16;
    private static final List<String> SEXES = List.of("T", "F", "M");
    private static final List<String> AREAS = List.of("total", "urban", "rural");

    private final Map<String, Integer> regions = new HashMap<>();
    private final Map<String, Integer> elements = new HashMap<>();
    /** Few per file: found by a scan of the list faster than by hashing a new cell string every row. */
    private final List<String> ageGroups = new ArrayList<>();
    private long[][] pages = new long[64][];
    // Consecutive rows mostly share a region and an element: their ordinals are kept rather than looked up again.
    private String lastRegion;
    private Integer lastRegionOrdinal;
    private String lastElement;
    private Integer lastElementOrdinal;

    public SeenKeys(List<String> regionCodes, List<String> elementCodes) {
        regionCodes.forEach(code -> regions.put(code, regions.size()));
        elementCodes.forEach(code -> elements.put(code, elements.size()));
    }

    /** Records the key; false when it was already there. */
    public boolean add(String region, String element, String sex, String area, String ageGroup) {
        if (!region.equals(lastRegion)) {
            lastRegion = region;
            lastRegionOrdinal = regions.get(region);
        }
        if (!element.equals(lastElement)) {
            lastElement = element;
            lastElementOrdinal = elements.get(element);
        }
        Integer r = lastRegionOrdinal;
        Integer e = lastElementOrdinal;
        int s = SEXES.indexOf(sex);
        int a = AREAS.indexOf(area);
        if (r == null || e == null || s < 0 || a < 0) {
            throw new IllegalArgumentException("not a key of the catalog: " + region + "/" + element + "/" + sex
                    + "/" + area);
        }
        long age = ageGroup(ageGroup == null ? "" : ageGroup);
        // Region before element before sex and area: an export lists a region's rows together, so consecutive rows
        // set bits a few apart, in the same cache line, rather than a region's worth of bits apart.
        long ordinal = (((age * regions.size() + r) * elements.size() + e) * SEXES.size() + s) * AREAS.size() + a;
        long[] page = page((int) (ordinal >>> PAGE_BITS));
        int bit = (int) (ordinal & ((1 << PAGE_BITS) - 1));
        long mask = 1L << (bit & 63);
        boolean fresh = (page[bit >>> 6] & mask) == 0;
        page[bit >>> 6] |= mask;
        return fresh;
    }

    private int ageGroup(String text) {
        int index = ageGroups.indexOf(text);
        if (index < 0) {
            ageGroups.add(text);
            index = ageGroups.size() - 1;
        }
        return index;
    }

    private long[] page(int index) {
        if (index >= pages.length) {
            pages = Arrays.copyOf(pages, Math.max(index + 1, pages.length * 2));
        }
        if (pages[index] == null) {
            pages[index] = new long[(1 << PAGE_BITS) / 64];
        }
        return pages[index];
    }
}
