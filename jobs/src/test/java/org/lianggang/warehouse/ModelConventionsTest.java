package org.lianggang.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.lianggang.warehouse.ModelDocs.RelationDoc;
import tools.jackson.core.type.TypeReference;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The conventions of the shipped models under {@code warehouse/}: a model reads only what the models before it
 * built, so that file-name order is the build order; every relation has its sidecar entry; and a meaning is written
 * once — in the glossary when more than one relation carries it, never again in a sidecar, never as a COMMENT ON
 * in the SQL.
 */
class ModelConventionsTest {

    private static final Path MODELS = Path.of("../warehouse");
    private static final Pattern READS = Pattern.compile("(?i)\\b(?:from|join)\\s+([a-z_][a-z0-9_]*)");
    private static final Pattern CREATES = Pattern.compile("(?im)^create (?:or replace )?(?:table|view) (\\w+)");

    @Test
    void aModelReadsOnlyWhatTheModelsBeforeItBuilt() throws IOException {
        ModelDocs docs = ModelDocs.read(MODELS);
        Map<String, Path> builtBy = new HashMap<>();
        docs.all().forEach(r -> builtBy.put(r.name(), r.model()));
        List<String> violations = new ArrayList<>();
        for (Path model : SqlModels.in(MODELS)) {
            Matcher reads = READS.matcher(withoutCommentsAndStrings(Files.readString(model)));
            while (reads.find()) {
                Path source = builtBy.get(reads.group(1).toLowerCase());
                if (source != null && source.getFileName().toString().compareTo(model.getFileName().toString()) > 0) {
                    violations.add(model.getFileName() + " reads " + reads.group(1) + ", built later by "
                            + source.getFileName());
                }
            }
        }
        assertThat(violations).isEmpty();
        assertThat(builtBy).containsKeys("indicator_value", "indicator_status", "report_indicator");
    }

    @Test
    void everyRelationAModelCreatesHasItsEntryAndNoCommentLivesInTheSql() throws IOException {
        ModelDocs docs = ModelDocs.read(MODELS);
        List<String> missing = new ArrayList<>();
        for (Path model : SqlModels.in(MODELS)) {
            String sql = Files.readString(model);
            Matcher creates = CREATES.matcher(sql);
            while (creates.find()) {
                if (docs.relation(creates.group(1)).filter(r -> r.model().equals(model)).isEmpty()) {
                    missing.add(model.getFileName() + ": " + creates.group(1));
                }
            }
            assertThat(sql).as(model.getFileName().toString()).doesNotContainIgnoringCase("comment on ");
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void aMeaningIsWrittenOnce() throws IOException {
        Map<String, String> glossary = new YAMLMapper().readValue(MODELS.resolve(ModelDocs.GLOSSARY).toFile(),
                new TypeReference<Map<String, String>>() { });
        Map<String, String> firstWrittenIn = new HashMap<>();
        List<String> repeated = new ArrayList<>();
        for (RelationDoc relation : ModelDocs.read(MODELS).all()) {
            relation.columns().forEach((column, meaning) -> {
                if (meaning.equals(glossary.get(column))) {
                    repeated.add(relation.name() + "." + column + " repeats the glossary");
                }
                String key = column + " " + meaning;
                String earlier = firstWrittenIn.putIfAbsent(key, relation.name());
                if (earlier != null && !meaning.startsWith("@")) {
                    repeated.add(relation.name() + "." + column + " repeats " + earlier + "." + column
                            + ": the glossary's place");
                }
            });
        }
        assertThat(repeated).isEmpty();
    }

    /** The SQL without its -- comments and string literals, so that a word there is never taken for a read. */
    private static String withoutCommentsAndStrings(String sql) {
        return sql.replaceAll("--[^\n]*", "").replaceAll("'[^']*+(?:''[^']*+)*+'", "''");
    }
}
