package org.lianggang.warehouse;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.lianggang.Messages;
import org.lianggang.catalog.CatalogProblem;
import org.lianggang.catalog.YamlErrors;
import org.lianggang.catalog.YamlLocations;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * What the warehouse's relations and columns mean, kept beside the SQL as a dbt project keeps its schema files: one
 * glossary of column meanings ({@code glossary.yaml}, "中文标题｜English") and one sidecar per model
 * ({@code NN_model.yaml} beside {@code NN_model.sql}: each relation the model creates, its description, its grain, and
 * the columns whose meaning there is its own). A meaning is written once: the build turns it into the COMMENT ON of
 * every column that carries it (the data dictionary, the exports' Chinese headers) and tests every grain.
 */
final class ModelDocs {

    static final String GLOSSARY = "glossary.yaml";

    private static final YAMLMapper YAML = YAMLMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private final Path glossaryFile;
    private final Map<String, String> glossary;
    private final Map<String, RelationDoc> relations;

    private ModelDocs(Path glossaryFile, Map<String, String> glossary, Map<String, RelationDoc> relations) {
        this.glossaryFile = glossaryFile;
        this.glossary = glossary;
        this.relations = relations;
    }

    /** One relation as its sidecar describes it; {@code grain} empty when the sidecar gives none. */
    record RelationDoc(String name, Path sidecar, Path model, String description, Optional<List<String>> grain,
                       Optional<Pattern> pivotedColumns, Map<String, String> columns) {

        /** A mistake at this relation's entry in its sidecar, or at one key of it. */
        CatalogProblem problem(String chinese, String english, String... keys) {
            return ModelDocs.problem(sidecar, name, chinese, english, keys);
        }
    }

    /** A sidecar's entry as written. */
    private record Entry(String description, List<String> grain, String pivotedColumns, Map<String, String> columns) {
    }

    /** The glossary and the sidecars of the models in {@code modelsDir}; every mistake in them, or none. */
    static ModelDocs read(Path modelsDir) {
        List<CatalogProblem> problems = new ArrayList<>();
        Path glossaryFile = modelsDir.resolve(GLOSSARY);
        Map<String, String> glossary = parse(glossaryFile, new TypeReference<Map<String, String>>() { }, problems)
                .orElse(Map.of());
        Map<String, RelationDoc> relations = new LinkedHashMap<>();
        for (Path model : SqlModels.in(modelsDir)) {
            Path sidecar = sidecarOf(model);
            if (!sidecar.toFile().isFile()) {
                continue;
            }
            Map<String, Entry> entries = parse(sidecar, new TypeReference<Map<String, Entry>>() { }, problems)
                    .orElse(Map.of());
            entries.forEach((name, entry) -> {
                RelationDoc doc = relation(name, sidecar, model, entry, problems);
                RelationDoc earlier = relations.putIfAbsent(name, doc);
                if (earlier != null) {
                    problems.add(doc.problem("同名关系已在 " + earlier.sidecar().getFileName() + " 中说明",
                            "already described in " + earlier.sidecar().getFileName()));
                }
            });
        }
        ModelDocsException.throwIfAny(problems);
        return new ModelDocs(glossaryFile, glossary, relations);
    }

    static Path sidecarOf(Path model) {
        String name = model.getFileName().toString();
        return model.resolveSibling(name.substring(0, name.length() - ".sql".length()) + ".yaml");
    }

    List<RelationDoc> of(Path model) {
        return relations.values().stream().filter(r -> r.model().equals(model)).toList();
    }

    Optional<RelationDoc> relation(String name) {
        return Optional.ofNullable(relations.get(name));
    }

    List<RelationDoc> all() {
        return List.copyOf(relations.values());
    }

    Path glossaryFile() {
        return glossaryFile;
    }

    /**
     * Every column meaning written {@code @name} whose glossary entry {@code column@name} is missing: found without a
     * database, so {@code lianggang check} reports them before a build (which names each again per column).
     */
    List<CatalogProblem> missingVariants() {
        List<CatalogProblem> problems = new ArrayList<>();
        for (RelationDoc doc : relations.values()) {
            new TreeMap<>(doc.columns()).forEach((column, own) -> {
                if (own.startsWith("@") && !glossary.containsKey(column + own)) {
                    problems.add(missingVariant(doc, column, own));
                }
            });
        }
        return problems;
    }

    /** The glossary has no {@code column@name} for the meaning {@code own} ({@code @name}) a relation gives. */
    CatalogProblem missingVariant(RelationDoc doc, String column, String own) {
        return doc.problem(glossaryFile.getFileName() + " 中没有 " + column + own,
                glossaryFile.getFileName() + " has no " + column + own, "columns", column);
    }

    /**
     * What {@code column} means in {@code relation}: the relation's own meaning, else the glossary's; a meaning
     * written {@code @name} is the glossary's {@code column@name} (the same column in another sense).
     */
    Optional<String> meaning(RelationDoc relation, String column) {
        String own = relation.columns().get(column);
        if (own == null) {
            return Optional.ofNullable(glossary.get(column));
        }
        return own.startsWith("@") ? Optional.ofNullable(glossary.get(column + own)) : Optional.of(own);
    }

    private static RelationDoc relation(String name, Path sidecar, Path model, Entry entry,
                                        List<CatalogProblem> problems) {
        Entry e = entry == null ? new Entry(null, null, null, null) : entry;
        if (e.description() == null || !e.description().contains("｜")) {
            problems.add(problem(sidecar, name, "description 应写作 中文标题｜English",
                    "description must read 中文标题｜English", e.description() == null ? new String[0]
                            : new String[] {"description"}));
        }
        Optional<Pattern> pivoted = Optional.empty();
        if (e.pivotedColumns() != null) {
            try {
                pivoted = Optional.of(Pattern.compile(e.pivotedColumns()));
            } catch (PatternSyntaxException ex) {
                problems.add(problem(sidecar, name, "pivoted_columns 不是有效的正则表达式：" + ex.getDescription(),
                        "pivoted_columns is not a valid regular expression: " + ex.getDescription(),
                        "pivoted_columns"));
            }
        }
        return new RelationDoc(name, sidecar, model, e.description(), Optional.ofNullable(e.grain()), pivoted,
                e.columns() == null ? Map.of() : Map.copyOf(e.columns()));
    }

    /** A mistake at a relation's entry in its sidecar, or at one key of it. */
    static CatalogProblem problem(Path sidecar, String relation, String chinese, String english, String... keys) {
        YamlLocations.Position at = YamlLocations.of(sidecar)
                .find("/" + relation + (keys.length == 0 ? "" : "/" + String.join("/", keys)));
        return new CatalogProblem(sidecar, at.line(), at.column(), Messages.pick(chinese, english));
    }

    private static <T> Optional<T> parse(Path file, TypeReference<T> type, List<CatalogProblem> problems) {
        if (!file.toFile().isFile()) {
            problems.add(new CatalogProblem(file, 0, 0, Messages.pick("文件不存在",
                    "file not found")));
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(YAML.readValue(file.toFile(), type));
        } catch (JacksonException e) {
            problems.add(YamlErrors.problem(file, e));
            return Optional.empty();
        }
    }
}
