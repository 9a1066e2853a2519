package org.lianggang.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lianggang.catalog.Catalog;
import org.lianggang.catalog.CatalogLoader;
import org.lianggang.catalog.ElementRef;

/**
 * The two shipped scenarios run one after the other: the 2021–2025 one adds to the 2010–2020 exports and changes
 * none of them (the seed report's 2019 figures rest on them), and its continued elements go on from 2020's figures.
 */
class DemoExportsTest {

    private static final Path SCHEMAS = Path.of("../schemas").toAbsolutePath().normalize();

    @TempDir
    Path dir;

    @Test
    void theNewCycleLeavesEveryExportOfTheOldCycleAsItWas() throws Exception {
        Catalog catalog = new CatalogLoader().load(SCHEMAS);
        DemoScenario old = scenario("liuzhou-2010-2020.yaml");
        DemoScenario next = scenario("liuzhou-2021-2025.yaml");
        Map<Path, DemoFile> alone = byName(new DemoExports(catalog, old).writeTo(dir.resolve("alone")),
                dir.resolve("alone"));
        Map<Path, DemoFile> both = byName(new DemoExports(catalog, List.of(old, next)).writeTo(dir.resolve("both")),
                dir.resolve("both"));

        assertThat(alone).hasSize(55);
        // 2021–2025: 7 sources and the assessment a year; 2020 adds the 3 new layouts
        assertThat(both).hasSize(55 + 5 * 8 + 3);
        for (Map.Entry<Path, DemoFile> file : alone.entrySet()) {
            // 2020's assessment also judges the new plans' qualitative indicators (the new baseline)
            if (file.getValue().year() == 2020 && file.getValue().source().equals("assessment")) {
                continue;
            }
            assertThat(Files.readAllBytes(both.get(file.getKey()).path()))
                    .as(file.getKey().toString()).isEqualTo(Files.readAllBytes(file.getValue().path()));
        }
        assertThat(both.keySet()).contains(Path.of("health-services/2020/health-services-2020.csv"),
                Path.of("population/2025/population-2025.csv"), Path.of("health/2025/health-2025.csv"));
    }

    /**
     * 活产数 goes on from each county's 2020 figure at −7% a year (±2% jitter): 2021 lies within 0.93 × (1 ± 0.02)
     * of 2020 in every county, never drawn anew.
     */
    @Test
    void aContinuedElementGoesOnFromEachCountysFigureOf2020() {
        Catalog catalog = new CatalogLoader().load(SCHEMAS);
        SampleValues values = new SampleValues();
        Map<String, Double> sizes = new java.util.HashMap<>();
        SampleGenerator first = new SampleGenerator(catalog, scenario("liuzhou-2010-2020.yaml"), values, sizes);
        first.generate();
        new SampleGenerator(catalog, scenario("liuzhou-2021-2025.yaml"), values, sizes).generate();
        ElementRef births = new ElementRef("live_births", null, null, null);
        for (String county : first.series()) {
            double y2020 = values.get(2020, county, births).orElseThrow();
            double y2021 = values.get(2021, county, births).orElseThrow();
            assertThat(y2021 / y2020).as(county).isBetween(0.93 * 0.98 - 0.001, 0.93 * 1.02 + 0.001);
        }
    }

    private static DemoScenario scenario(String file) {
        return new CatalogLoader().read(SCHEMAS.resolve("demo").resolve(file), DemoScenario.class);
    }

    private static Map<Path, DemoFile> byName(List<DemoFile> files, Path root) {
        return files.stream().collect(Collectors.toMap(f -> root.relativize(f.path()), f -> f));
    }
}
