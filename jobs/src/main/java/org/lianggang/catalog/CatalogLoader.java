package org.lianggang.catalog;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads {@code schemas/} and the deployment's own schema directories beside it ({@code lianggang.extra-schemas}),
 * which compose as one: every YAML file of their {@code catalog/} directories, each saying by its top-level keys
 * whether it holds a plan, elements or validation rules ({@link CatalogParts}; a plan may extend another:
 * {@link PlanInheritance}), every file of {@code regions/} ({@link RegionFiles}) and of {@code sources/}, then checks
 * that they fit together. A code written twice across the files is a problem naming both places. Every file is read
 * even when an earlier one is broken, so that one {@link CatalogException} lists every problem, each with its place.
 */
public final class CatalogLoader {

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
        return load(schemasDir, List.of(), rootRegion);
    }

    /**
     * The catalog of {@code schemasDir} (the shipped one: catalog/, regions/ and sources/ must be there) composed with
     * the files of {@code extraDirs} (a deployment's own; each may have any of those three directories).
     */
    public Catalog load(Path schemasDir, List<Path> extraDirs, String rootRegion) {
        List<CatalogProblem> problems = new ArrayList<>();
        SchemaDirs dirs = new SchemaDirs(schemasDir, extraDirs, problems);
        CatalogParts parts = new CatalogParts(this).read(dirs.files("catalog", ".yaml", ".yml"));
        problems.addAll(parts.problems());
        PlanInheritance inheritance = new PlanInheritance(parts.plans(), parts.planPaths());
        List<Plan> plans = inheritance.plans();
        problems.addAll(inheritance.problems());
        List<Path> regionFiles = dirs.files("regions", ".yaml", ".yml", ".csv");
        Regions regions = !dirs.readable("regions") ? null
                : collect(problems, () -> new RegionFiles(this).load(regionFiles, rootRegion), null);
        SourceFiles sources = new SourceFiles();
        dirs.files("sources", ".yaml", ".yml").forEach(f -> {
            SourceLayout layout = collect(problems, () -> read(f, LayoutFile.class).toLayout(f), null);
            if (layout != null) {
                sources.add(layout, f);
            }
        });
        problems.addAll(sources.problems());
        if (!problems.isEmpty()) {
            throw new CatalogException(problems);
        }
        Catalog catalog = new Catalog(plans, parts.elements(), regions, sources.layouts(), parts.rules());
        new CatalogCheck(catalog, new CatalogFiles(parts.elementPlaces(), parts.rulePlaces(), parts.planPaths(),
                parts.plans().stream().collect(Collectors.toMap(PlanFile::code, f -> f, (a, b) -> a)),
                sources.paths())).verify();
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
