package org.lianggang.catalog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads {@code schemas/}: {@code catalog/elements.yaml}, the optional {@code catalog/validation-rules.yaml}, one
 * plan per other {@code catalog/*.yaml},
 * {@code regions/*.yaml} and {@code sources/*.yaml}, then checks that they fit together.
 */
public final class CatalogLoader {

    private static final String ELEMENTS_FILE = "elements.yaml";
    private static final String RULES_FILE = "validation-rules.yaml";

    private final YAMLMapper yaml = YAMLMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    public Catalog load(Path schemasDir) {
        Path catalogDir = schemasDir.resolve("catalog");
        Map<String, DataElement> elements = new LinkedHashMap<>();
        read(catalogDir.resolve(ELEMENTS_FILE), ElementsFile.class).elements()
                .forEach(e -> elements.put(e.code(), e));
        List<Plan> plans = yamlFiles(catalogDir).filter(f -> !f.getFileName().toString().equals(ELEMENTS_FILE)
                        && !f.getFileName().toString().equals(RULES_FILE)).map(f -> read(f, Plan.class)).toList();
        Path rulesFile = catalogDir.resolve(RULES_FILE);
        List<ValidationRule> rules = Files.exists(rulesFile) ? read(rulesFile, RulesFile.class).rules() : List.of();
        Regions regions = loadRegions(schemasDir.resolve("regions"));
        Map<String, SourceLayout> sources = new LinkedHashMap<>();
        yamlFiles(schemasDir.resolve("sources")).forEach(f -> {
            SourceLayout layout = read(f, LayoutFile.class).toLayout(f);
            sources.put(layout.id(), layout);
        });
        Catalog catalog = new Catalog(plans, elements, regions, sources, rules);
        new CatalogCheck(catalog).verify();
        return catalog;
    }

    private Regions loadRegions(Path dir) {
        List<Path> files = yamlFiles(dir).toList();
        if (files.size() != 1) {
            throw new CatalogException(dir + " must hold exactly one region file (the city), found " + files.size());
        }
        return read(files.get(0), RegionsFile.class).toRegions();
    }

    /** Reads any YAML file of schemas/ with the catalog's conventions (snake_case keys, unknown keys refused). */
    public <T> T read(Path file, Class<T> type) {
        try {
            return yaml.readValue(file.toFile(), type);
        } catch (JacksonException e) {
            throw new CatalogException(file + ": " + e.getOriginalMessage(), e);
        }
    }

    private static Stream<Path> yamlFiles(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".yml"))
                    .sorted().toList().stream();
        } catch (IOException e) {
            throw new CatalogException("cannot read " + dir + ": " + e.getMessage(), e);
        }
    }

    record ElementsFile(List<DataElement> elements) {
    }

    record RulesFile(List<ValidationRule> rules) {
    }

    record RegionEntry(String code, String name, Integer validFrom, Integer validTo, String successor,
                       List<String> aliases) {

        Region toRegion(RegionLevel level, String parent) {
            return new Region(code, name, level, parent, validFrom, validTo, successor, aliases);
        }
    }

    record RegionsFile(RegionEntry city, List<RegionEntry> counties) {

        Regions toRegions() {
            Region theCity = city.toRegion(RegionLevel.CITY, null);
            return new Regions(theCity, counties.stream().map(c -> c.toRegion(RegionLevel.COUNTY, city.code())).toList());
        }
    }

    record LayoutFile(String id, String name, String department, SourceTable table, String period, String example,
                      String encoding, String sheet, Map<String, ColumnSpec> fields, List<ValueColumn> values,
                      Map<String, String> statusValues, Map<String, String> missingCodes,
                      String rejectThreshold, LayoutShape shape, Map<String, String> sexValues,
                      Map<String, String> areaValues) {

        SourceLayout toLayout(Path file) {
            Map<SourceField, ColumnSpec> known = new EnumMap<>(SourceField.class);
            List<String> unknown = new ArrayList<>();
            (fields == null ? Map.<String, ColumnSpec>of() : fields).forEach((key, spec) -> SourceField.ofKey(key)
                    .ifPresentOrElse(f -> known.put(f, spec), () -> unknown.add(key)));
            if (!unknown.isEmpty()) {
                throw new CatalogException(file + ": unknown fields " + unknown + "; known: "
                        + Arrays.stream(SourceField.values()).map(SourceField::key).toList());
            }
            return new SourceLayout(id, name, department, table, period, example, encoding, sheet, known, values,
                    statusValues, missingCodes, rejectThreshold, shape, sexValues, areaValues);
        }
    }
}
