package org.lianggang.warehouse;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.lianggang.ClassPathText;
import org.lianggang.Messages;
import org.lianggang.catalog.CatalogProblem;
import org.lianggang.warehouse.ModelDocs.RelationDoc;

/**
 * Writes a model's documentation into the warehouse as it is built: after each model, the COMMENT ON of every
 * relation it created and of every column, from its sidecar and the glossary. A relation or column the docs do not
 * describe, a sidecar entry for a relation the model did not create, a meaning for a column it does not have: each is
 * a mistake named by file and line, and the build stops before the warehouse is swapped in.
 */
final class ModelComments {

    private final ModelDocs docs;

    ModelComments(ModelDocs docs) {
        this.docs = docs;
    }

    /** The tables and views in the warehouse now, by name, each with whether it is a view. */
    static Map<String, Boolean> relations(Connection connection) throws SQLException {
        Map<String, Boolean> relations = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(ClassPathText.read("warehouse/relations.sql"))) {
            while (rs.next()) {
                relations.put(rs.getString("relation_name"), rs.getBoolean("is_view"));
            }
        }
        return relations;
    }

    /** Comments the relations {@code model} created: those in {@code after} and not in {@code before}. */
    void write(Connection connection, Path model, Map<String, Boolean> before, Map<String, Boolean> after)
            throws SQLException {
        List<CatalogProblem> problems = new ArrayList<>();
        Set<String> created = new TreeSet<>(after.keySet());
        created.removeAll(before.keySet());
        for (RelationDoc doc : docs.of(model)) {
            if (!created.contains(doc.name())) {
                problems.add(doc.problem(model.getFileName() + " 没有建立 " + doc.name(),
                        model.getFileName() + " does not create " + doc.name()));
            }
        }
        List<String> statements = new ArrayList<>();
        for (String name : created) {
            Optional<RelationDoc> doc = docs.relation(name).filter(d -> d.model().equals(model));
            if (doc.isEmpty()) {
                Path sidecar = ModelDocs.sidecarOf(model);
                problems.add(new CatalogProblem(sidecar, 0, 0, Messages.pick(
                        name + " 没有说明：请在本文件中写明它的 description、grain 与各列",
                        name + " is not described: give its description, grain and columns here")));
                continue;
            }
            statements.add("COMMENT ON " + (after.get(name) ? "VIEW " : "TABLE ") + name + " IS "
                    + literal(doc.get().description()));
            statements.addAll(columnComments(connection, doc.get(), problems));
        }
        ModelDocsException.throwIfAny(problems);
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    /** One COMMENT ON per column; the problems of the relation's columns, its overrides and its grain. */
    private List<String> columnComments(Connection connection, RelationDoc doc, List<CatalogProblem> problems)
            throws SQLException {
        List<String> columns = columns(connection, doc.name());
        List<String> statements = new ArrayList<>();
        for (String column : columns) {
            if (doc.pivotedColumns().map(p -> p.matcher(column).matches()).orElse(false)) {
                continue;
            }
            Optional<String> meaning = docs.meaning(doc, column);
            String own = doc.columns().get(column);
            if (meaning.isEmpty() && own != null) {
                problems.add(docs.missingVariant(doc, column, own));
            } else if (meaning.isEmpty()) {
                problems.add(doc.problem(doc.name() + "." + column + " 没有说明：请在本文件的 columns 或 "
                        + docs.glossaryFile().getFileName() + " 中写明",
                        doc.name() + "." + column + " has no meaning: give it under columns here or in "
                        + docs.glossaryFile().getFileName()));
            } else if (!meaning.get().contains("｜")) {
                problems.add(doc.problem(column + " 的说明应写作 中文标题｜English",
                        column + "'s meaning must read 中文标题｜English", "columns", column));
            } else {
                statements.add("COMMENT ON COLUMN " + doc.name() + "." + column + " IS " + literal(meaning.get()));
            }
        }
        doc.columns().keySet().stream().filter(c -> !columns.contains(c)).forEach(c -> problems.add(doc.problem(
                doc.name() + " 没有列 " + c, doc.name() + " has no column " + c, "columns", c)));
        doc.grain().orElse(List.of()).stream().filter(c -> !columns.contains(c)).forEach(c -> problems.add(
                doc.problem("grain 中的 " + c + " 不是 " + doc.name() + " 的列",
                        "grain names " + c + ", not a column of " + doc.name(), "grain")));
        return statements;
    }

    private static List<String> columns(Connection connection, String relation) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(
                ClassPathText.read("warehouse/relation-columns.sql"))) {
            statement.setString(1, relation);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    columns.add(rs.getString(1));
                }
            }
        }
        return columns;
    }

    /** A SQL string literal: COMMENT ON takes no parameters. */
    private static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
