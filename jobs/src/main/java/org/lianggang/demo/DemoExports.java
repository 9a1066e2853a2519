package org.lianggang.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.lianggang.catalog.Catalog;
import org.lianggang.catalog.ColumnSpec;
import org.lianggang.catalog.ElementRef;
import org.lianggang.catalog.Indicator;
import org.lianggang.catalog.Region;
import org.lianggang.catalog.RegionLevel;
import org.lianggang.catalog.SourceField;
import org.lianggang.catalog.SourceLayout;
import org.lianggang.catalog.SourceTable;
import org.lianggang.catalog.ValueColumn;

/**
 * Writes the sample exports into {@code inbox/<source>/<year>/<source>-<year>.csv}: one row per region of the
 * root's subtree valid that year (柳江县 up to 2016, 柳江区 after; in a province, its cities and counties), with the
 * headers of the source layouts. Every row above a county holds the sum of the rows directly below it.
 * Odd years carry a UTF-8 byte-order mark, as Excel writes it. Several scenarios run one after the other (2010–2020,
 * then 2021–2025 going on from 2020's figures): a year has the sources of every scenario that covers it.
 */
public final class DemoExports {

    private final Catalog catalog;
    private final List<DemoScenario> scenarios;

    public DemoExports(Catalog catalog, DemoScenario scenario) {
        this(catalog, List.of(scenario));
    }

    public DemoExports(Catalog catalog, List<DemoScenario> scenarios) {
        this.catalog = catalog;
        this.scenarios = List.copyOf(scenarios);
    }

    public List<DemoFile> writeTo(Path inbox) {
        SampleValues values = new SampleValues();
        Map<String, Double> sizes = new HashMap<>();
        Map<DemoScenario, SampleGenerator> generators = new LinkedHashMap<>();
        SortedSet<Integer> years = new TreeSet<>();
        for (DemoScenario scenario : scenarios) {
            SampleGenerator generator = new SampleGenerator(catalog, scenario, values, sizes);
            generator.generate();
            generators.put(scenario, generator);
            for (int year = scenario.years().from(); year <= scenario.years().to(); year++) {
                years.add(year);
            }
        }
        List<DemoFile> files = new ArrayList<>();
        for (int year : years) {
            for (SourceLayout layout : catalog.sources().values()) {
                boolean assessment = layout.table() == SourceTable.ASSESSMENT;
                // an export is written as the first scenario that has it draws it (2020's health export as the
                // 2010–2020 cycle wrote it, with its 城市/农村 split), the figures being the same in all
                Optional<DemoScenario> writer = scenarios.stream()
                        .filter(s -> covers(s, year) && s.sources().contains(layout.id())).findFirst();
                if (!assessment && writer.isEmpty()) {
                    continue;
                }
                Path file = inbox.resolve(layout.id()).resolve(Integer.toString(year))
                        .resolve(layout.id() + "-" + year + ".csv");
                List<List<String>> rows = assessment ? assessmentRows(layout, year)
                        : valueRows(layout, year, generators.get(writer.get()), values);
                write(file, header(layout), rows, year % 2 == 1);
                files.add(new DemoFile(file, layout.id(), year));
            }
        }
        return files;
    }

    private List<List<String>> valueRows(SourceLayout layout, int year, SampleGenerator generator,
                                         SampleValues values) {
        RegionTree tree = new RegionTree(catalog.regions());
        List<List<String>> rows = new ArrayList<>();
        for (Region region : regionsIn(year)) {
            List<String> row = fields(layout, region, year);
            for (ValueColumn column : layout.values()) {
                ElementRef ref = new ElementRef(column.element(), column.sex(), column.area(), column.ageGroup());
                row.add(value(tree, region, year, ref, generator, values).map(DemoExports::number).orElse(""));
            }
            rows.add(row);
        }
        return rows;
    }

    /**
     * A county's drawn figure; above it, the sum of the regions directly below for counts (so that every total row
     * is the sum of its parts), the region's own figure for reported values.
     */
    private Optional<Double> value(RegionTree tree, Region region, int year, ElementRef ref,
                                   SampleGenerator generator, SampleValues values) {
        if (tree.isLowest(region)) {
            return generator.exported(year, catalog.regions().seriesCode(region.code()), ref);
        }
        if (!catalog.elements().get(ref.element()).additive()) {
            return values.get(year, region.code(), ref);
        }
        double sum = 0;
        for (Region below : tree.childrenIn(region, year)) {
            Optional<Double> value = value(tree, below, year, ref, generator, values);
            if (value.isEmpty()) {
                return Optional.empty();
            }
            sum += value.get();
        }
        return Optional.of(sum);
    }

    private static boolean covers(DemoScenario scenario, int year) {
        return scenario.years().from() <= year && year <= scenario.years().to();
    }

    /** The qualitative outcome every scenario covering the year gives the indicators it names; the rest 达标. */
    private List<List<String>> assessmentRows(SourceLayout layout, int year) {
        String met = word(layout, "met");
        List<DemoScenario> covering = scenarios.stream().filter(s -> covers(s, year)).toList();
        List<List<String>> rows = new ArrayList<>();
        for (Indicator indicator : catalog.indicatorsIn(year).filter(i -> !i.quantitative()).toList()) {
            String code = indicator.code();
            String status = covering.stream().anyMatch(s -> s.qualitative().unmet().contains(code))
                    ? word(layout, "unmet")
                    : covering.stream().anyMatch(s -> s.qualitative().noData().contains(code))
                    ? word(layout, "no_data") : met;
            for (Region region : regionsIn(year)) {
                List<String> row = new ArrayList<>();
                for (SourceField field : SourceField.values()) {
                    layout.field(field).ifPresent(spec -> row.add(switch (field) {
                        case REGION_CODE -> region.code();
                        case REGION_NAME -> region.name();
                        case YEAR -> Integer.toString(year);
                        case INDICATOR_CODE -> indicator.code();
                        case STATUS -> status;
                        case NOTE -> status.equals(met) ? "" : "见年度评估材料";
                        case ELEMENT, SEX, AREA, AGE_GROUP, VALUE -> "";
                    }));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    private List<Region> regionsIn(int year) {
        // Zones (新区) are not in the departments' demo exports: their figures lie inside the counties'.
        return catalog.regions().all().stream().filter(r -> r.validIn(year) && r.level() != RegionLevel.ZONE)
                .toList();
    }

    private static List<String> fields(SourceLayout layout, Region region, int year) {
        List<String> row = new ArrayList<>();
        layout.field(SourceField.REGION_CODE).ifPresent(spec -> row.add(region.code()));
        layout.field(SourceField.REGION_NAME).ifPresent(spec -> row.add(region.name()));
        layout.field(SourceField.YEAR).ifPresent(spec -> row.add(Integer.toString(year)));
        return row;
    }

    private static List<String> header(SourceLayout layout) {
        List<String> header = new ArrayList<>();
        List<SourceField> order = layout.table() == SourceTable.ASSESSMENT ? List.of(SourceField.values())
                : List.of(SourceField.REGION_CODE, SourceField.REGION_NAME, SourceField.YEAR);
        order.forEach(field -> layout.field(field).map(ColumnSpec::header).ifPresent(header::add));
        layout.values().forEach(v -> header.add(v.header()));
        return header;
    }

    private static String word(SourceLayout layout, String status) {
        return layout.statusValues().entrySet().stream().filter(e -> e.getValue().equals(status))
                .map(java.util.Map.Entry::getKey).sorted().findFirst().orElseThrow(() -> new IllegalStateException(
                        "layout " + layout.id() + " has no word for status " + status));
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value)
                : new BigDecimal(value).setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    private static void write(Path file, List<String> header, List<List<String>> rows, boolean bom) {
        try {
            Files.createDirectories(file.getParent());
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                 CSVPrinter printer = CSVFormat.DEFAULT.print(out)) {
                if (bom) {
                    out.write('\uFEFF');
                }
                printer.printRecord(header);
                printer.printRecords(rows);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
