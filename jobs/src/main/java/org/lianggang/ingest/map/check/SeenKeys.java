package org.lianggang.ingest.map.check;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The keys (region × element × sex × area × age group) a long export has given so far, one bit each in a paged bit
 * set over the catalog's key space, so a duplicate is found as its row is read, in one pass and without a second
 * scan of the file. Memory is bounded by the catalog, not by the length of the file: regions × elements × 3
 * sexes × 3 areas bits per distinct age group, in 8 KB pages allocated only where keys fall (nationally, ~2,800
 * counties × 61 elements: at most ~190 KB per age group), for the first 64 distinct age groups of the file (an
 * export has a handful). Age groups are free text, so a file could have thousands: a row of any further one is kept
 * as a key in a hash set instead, so that only those rows cost memory, by their number, rather than pages each.
 */
public final class SeenKeys {

    private static final int PAGE_BITS = 16;
    private static final int PAGED_AGE_GROUPS = 64;
    private static final List<String> SEXES = List.of("T", "F", "M");
    private static final List<String> AREAS = List.of("total", "urban", "rural");

    private final Map<String, Integer> regions = new HashMap<>();
    private final Map<String, Integer> elements = new HashMap<>();
    /** The paged age groups, few per file: a scan of the list finds one faster than hashing a new cell string. */
    private final List<String> ageGroups = new ArrayList<>();
    private final Set<OtherAgeGroupKey> otherAgeGroups = new HashSet<>();
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
        String ageText = ageGroup == null ? "" : ageGroup;
        long age = ageGroup(ageText);
        // Region before element before sex and area: an export lists a region's rows together, so consecutive rows
        // set bits a few apart, in the same cache line, rather than a region's worth of bits apart.
        long key = (((long) r * elements.size() + e) * SEXES.size() + s) * AREAS.size() + a;
        if (age < 0) {
            return otherAgeGroups.add(new OtherAgeGroupKey(ageText, key));
        }
        long ordinal = age * regions.size() * elements.size() * SEXES.size() * AREAS.size() + key;
        long[] page = page((int) (ordinal >>> PAGE_BITS));
        int bit = (int) (ordinal & ((1 << PAGE_BITS) - 1));
        long mask = 1L << (bit & 63);
        boolean fresh = (page[bit >>> 6] & mask) == 0;
        page[bit >>> 6] |= mask;
        return fresh;
    }

    /** The age group's ordinal among the paged ones, or -1 for one beyond them. */
    private int ageGroup(String text) {
        int index = ageGroups.indexOf(text);
        if (index < 0 && ageGroups.size() < PAGED_AGE_GROUPS) {
            ageGroups.add(text);
            index = ageGroups.size() - 1;
        }
        return index;
    }

    /** The bit pages allocated so far (for the test of memory). */
    int pagesAllocated() {
        return (int) Arrays.stream(pages).filter(Objects::nonNull).count();
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

    /** A key of a row whose age group has no bits: the key within an age group, and the age group's text. */
    private record OtherAgeGroupKey(String ageGroup, long key) {
    }
}
