package org.lianggang.ingest.map.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link SeenKeys} against a {@link HashSet} of the same keys: over random sequences of rows that cross many of its
 * 8 KB pages (a province's worth of regions × elements × sexes × areas × age groups, in runs as an export gives
 * them, with jumps and keys given again), {@code add} answers exactly as {@code HashSet.add} does, also for the age
 * groups beyond the 64 that get pages.
 */
class SeenKeysAgainstHashSetTest {

    private static final List<String> SEXES = List.of("T", "F", "M");
    private static final List<String> AREAS = List.of("total", "urban", "rural");
    private static final int REGIONS = 1500;
    private static final int ELEMENTS = 61;

    record Key(String region, String element, String sex, String area, String ageGroup) {
    }

    /** 64 distinct age groups have pages; 65 and 300 have rows of age groups beyond them. */
    @ParameterizedTest(name = "seed {0}, {1} age groups")
    @CsvSource({"1, 1", "2, 6", "3, 64", "4, 65", "5, 300"})
    void addAnswersAsAHashSetDoes(long seed, int ageGroupCount) {
        Random random = new Random(seed);
        List<String> regions = codes("45", REGIONS);
        List<String> elements = codes("element_", ELEMENTS);
        // none (given as null or as "", the same age group), then free texts
        List<String> ageGroups = new ArrayList<>();
        ageGroups.add(null);
        for (int i = 1; i < ageGroupCount; i++) {
            ageGroups.add(i + "岁组");
        }
        SeenKeys seen = new SeenKeys(regions, elements);
        Set<Key> expected = new HashSet<>();
        List<int[]> given = new ArrayList<>();
        // region, element, sex, area, age group: the ordinals of the current row's key
        int[] key = new int[5];
        for (int i = 0; i < 300_000; i++) {
            int move = random.nextInt(100);
            if (move < 15 && !given.isEmpty()) {
                key = given.get(random.nextInt(given.size())).clone();
            } else if (move < 20) {
                key = new int[] {random.nextInt(REGIONS), random.nextInt(ELEMENTS), random.nextInt(3),
                        random.nextInt(3), random.nextInt(ageGroupCount)};
            } else {
                next(key, random, ageGroupCount);
            }
            String ageGroup = ageGroups.get(key[4]);
            boolean fresh = expected.add(new Key(regions.get(key[0]), elements.get(key[1]), SEXES.get(key[2]),
                    AREAS.get(key[3]), ageGroup == null ? "" : ageGroup));
            // new Strings for the same texts, as a reader that does not intern its cells hands them over
            Key asRead = new Key(new String(regions.get(key[0])), new String(elements.get(key[1])),
                    SEXES.get(key[2]), AREAS.get(key[3]),
                    ageGroup == null ? (random.nextBoolean() ? null : "") : new String(ageGroup));
            boolean added = seen.add(asRead.region(), asRead.element(), asRead.sex(), asRead.area(),
                    asRead.ageGroup());
            if (added != fresh) {
                assertThat(added).as("row %d, %s", i, asRead).isEqualTo(fresh);
            }
            if (fresh && given.size() < 100_000) {
                given.add(key.clone());
            }
        }
        // each paged age group spans 13 pages here (1,500 × 61 × 9 bits), and the rows reach most of them
        assertThat(seen.pagesAllocated()).as("8 KB pages crossed").isGreaterThan(Math.min(ageGroupCount, 64) * 10);
    }

    /**
     * Age groups are free text from the file: with a national catalog (2,800 counties × 61 elements, 190 KB of bits
     * per age group), 20,000 distinct ones took a page of 8 KB each (160 MB) where their rows fell; now only the
     * first 64 have pages (at most two each: an age group's bits need not start on a page), the others none.
     */
    @Test
    void twentyThousandAgeGroupsTakePagesForTheFirst64Only() {
        List<String> regions = codes("45", 2800);
        List<String> elements = codes("element_", ELEMENTS);
        SeenKeys seen = new SeenKeys(regions, elements);
        for (int i = 0; i < 20_000; i++) {
            assertThat(seen.add(regions.get(0), elements.get(0), "T", "total", i + "岁")).isTrue();
            assertThat(seen.add(regions.get(1), elements.get(1), "F", "urban", i + "岁")).isTrue();
        }
        for (int i = 0; i < 20_000; i++) {
            assertThat(seen.add(regions.get(0), elements.get(0), "T", "total", i + "岁")).as("age group %d", i)
                    .isFalse();
        }
        assertThat(seen.add(regions.get(0), elements.get(0), "T", "total", "20000岁")).isTrue();
        assertThat(seen.pagesAllocated()).isLessThanOrEqualTo(2 * 64);
    }

    /** The next row of an export: mostly the next key of the same region, now and then a region further on. */
    private static void next(int[] key, Random random, int ageGroupCount) {
        int step = random.nextInt(10);
        if (step < 4) {
            key[3] = (key[3] + 1) % 3;
        } else if (step < 6) {
            key[2] = (key[2] + 1) % 3;
        } else if (step < 8) {
            key[1] = (key[1] + 1) % ELEMENTS;
        } else if (step < 9) {
            key[4] = (key[4] + 1) % ageGroupCount;
        } else {
            key[0] = (key[0] + 1 + random.nextInt(3)) % REGIONS;
        }
    }

    private static List<String> codes(String prefix, int count) {
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            codes.add(prefix + String.format("%04d", i));
        }
        return codes;
    }
}
