package org.lianggang.catalog;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads {@code schemas/}: {@code catalog/elements.yaml}, the optional {@code catalog/validation-rules.yaml}, one
 * plan per other {@code catalog/*.yaml} (a plan may extend another: {@link PlanInheritance}),
 * {@code regions/*.yaml} and {@code sources/*.yaml}, then checks that they fit together. Every file is read even
 * when an earlier one is broken, so that one {@link CatalogException} lists every problem, each with its place.
 */
public final class CatalogLoader {

    private static final String ELEMENTS_FILE = "elements.yaml";
    private static final String RULES_FILE = "validation-rules.yaml";

    private final YAMLMapper yaml = YAMLMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    /** The catalog of a deployment whose root is the default, 柳州市 450200. */
    public Catalog load(Path schemasDir) {
        return load(schemasDir, Regions.DEFAULT_ROOT);
    }

    /** The catalog of a deployment whose warehouse covers {@code rootRegion} and everything below it. */
    public Catalog load(Path schemasDir, String rootRegion) {
        List<CatalogProblem> problems = new ArrayList<>();
        Path catalogDir = schemasDir.resolve("catalog");
        Path elementsFile = catalogDir.resolve(ELEMENTS_FILE);
        List<DataElement> elementList = collect(problems, () -> read(elementsFile, ElementsFile.class).elements(),
                List.of());
        Map<String, DataElement> elements = new LinkedHashMap<>();
        elementList.forEach(e -> elements.put(e.code(), e));
        Map<String, Path> planFiles = new LinkedHashMap<>();
        List<PlanFile> written = new ArrayList<>();
        yamlFiles(catalogDir, problems).filter(f -> !f.getFileName().toString().equals(ELEMENTS_FILE)
                && !f.getFileName().toString().equals(RULES_FILE)).forEach(f -> {
                    PlanFile plan = collect(problems, () -> read(f, PlanFile.class), null);
                    if (plan != null) {
                        written.add(plan);
                        planFiles.put(plan.code(), f);
                    }
                });
        PlanInheritance inheritance = new PlanInheritance(written, planFiles);
        List<Plan> plans = inheritance.plans();
        problems.addAll(inheritance.problems());
        Path rulesFile = catalogDir.resolve(RULES_FILE);
        List<ValidationRule> rules = Files.exists(rulesFile)
                ? collect(problems, () -> read(rulesFile, RulesFile.class).rules(), List.of()) : List.of();
        Path regionsDir = schemasDir.resolve("regions");
        Regions regions = collect(problems, () -> loadRegions(regionsDir, rootRegion), null);
        Map<String, SourceLayout> sources = new LinkedHashMap<>();
        Map<String, Path> sourceFiles = new LinkedHashMap<>();
        yamlFiles(schemasDir.resolve("sources"), problems).forEach(f -> {
            SourceLayout layout = collect(problems, () -> read(f, LayoutFile.class).toLayout(f), null);
            if (layout != null) {
                sources.put(layout.id(), layout);
                sourceFiles.put(layout.id(), f);
            }
        });
        if (!problems.isEmpty()) {
            throw new CatalogException(problems);
        }
        Catalog catalog = new Catalog(plans, elements, regions, sources, rules);
        new CatalogCheck(catalog, new CatalogFiles(elementsFile, elementList.stream().map(DataElement::code).toList(),
                rulesFile, planFiles, written.stream().collect(Collectors.toMap(PlanFile::code, f -> f, (a, b) -> a)),
                sourceFiles)).verify();
        return catalog;
    }

    private static <T> T collect(List<CatalogProblem> problems, Supplier<T> reading, T otherwise) {
        try {
            return reading.get();
        } catch (CatalogException e) {
            problems.addAll(e.problems().isEmpty() ? List.of(new CatalogProblem(Path.of("schemas"), 0, 0,
                    e.getMessage())) : e.problems());
            return otherwise;
        }
    }

    private Regions loadRegions(Path dir, String rootRegion) {
        List<CatalogProblem> problems = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> listed = Files.list(dir)) {
            files = listed.filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".yml")
                    || f.toString().endsWith(".csv")).sorted().toList();
        } catch (IOException e) {
            problems.add(new CatalogProblem(dir, 0, 0, "无法读取目录 · cannot read the directory: " + e));
            files = List.of();
        }
        if (!problems.isEmpty()) {
            throw new CatalogException(problems);
        }
        return new RegionFiles(this).load(files, rootRegion);
    }

    /**
     * Reads any YAML file of schemas/ with the catalog's conventions (snake_case keys, unknown keys refused); a
     * file that cannot be read is a {@link CatalogException} with one problem placed in the file.
     */
    public <T> T read(Path file, Class<T> type) {
        try {
            return yaml.readValue(file.toFile(), type);
        } catch (JacksonException e) {
            throw new CatalogException(List.of(YamlErrors.problem(file, e)));
        }
    }

    /** A YAML file as a tree, for a file whose top-level keys say what it holds. */
    JsonNode readTree(Path file) {
        try {
            return yaml.readTree(file.toFile());
        } catch (JacksonException e) {
            throw new CatalogException(List.of(YamlErrors.problem(file, e)));
        }
    }

    /** A tree read by {@link #readTree} as {@code type}; a mismatch is placed in {@code file}. */
    <T> T convert(Path file, JsonNode tree, Class<T> type) {
        try {
            return yaml.treeToValue(tree, type);
        } catch (JacksonException e) {
            throw new CatalogException(List.of(YamlErrors.problem(file, e)));
        }
    }

    private static Stream<Path> yamlFiles(Path dir, List<CatalogProblem> problems) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".yml"))
                    .sorted().toList().stream();
        } catch (IOException e) {
            problems.add(new CatalogProblem(dir, 0, 0, "无法读取目录 · cannot read the directory: " + e));
            return Stream.empty();
        }
    }

    /** count_units: the units whose elements count whole persons or things, unless an element says otherwise. */
    record ElementsFile(List<String> countUnits, @JsonProperty(required = true) List<DataElement> elements) {

        @Override
        public List<DataElement> elements() {
            List<String> units = countUnits == null ? List.of() : countUnits;
            return elements.stream().map(e -> e.countingIn(units)).toList();
        }
    }

    record RulesFile(@JsonProperty(required = true) List<ValidationRule> rules) {
    }

    record LayoutFile(@JsonProperty(required = true) String id, String name, String department, SourceTable table,
                      String period, String example,
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
                List<String> keys = Arrays.stream(SourceField.values()).map(SourceField::key).toList();
                YamlLocations locations = YamlLocations.of(file);
                throw new CatalogException(unknown.stream().map(key -> {
                    YamlLocations.Position at = locations.find("/fields/" + key);
                    return new CatalogProblem(file, at.line(), at.column(), NearNames.message("未知的字段 " + key,
                            "unknown field '" + key + "'", key, keys) + " (known: " + keys + ")");
                }).toList());
            }
            return new SourceLayout(id, name, department, table, period, example, encoding, sheet, known, values,
                    statusValues, missingCodes, rejectThreshold, shape, sexValues, areaValues);
        }
    }
}
