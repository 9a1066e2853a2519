package org.lianggang.warehouse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lianggang.ClassPathText;

/**
 * Writes the warehouse data dictionary (warehouse/README.md) from what the warehouse itself says: each model's
 * header comment, the {@code COMMENT ON} of every table and column ("中文标题｜English", written by the build from the
 * model docs), with DuckDB's types, and each relation's grain from its sidecar.
 * Generated, so it cannot drift from the SQL; a test compares it with the committed file.
 */
public final class DataDictionary {

    private static final Pattern CREATES = Pattern.compile("(?im)^create (?:table|view) (\\w+)");

    private final Warehouse warehouse;

    public DataDictionary(Warehouse warehouse) {
        this.warehouse = warehouse;
    }

    /** The dictionary as Markdown, from the built warehouse and the model files. */
    public String markdown() throws SQLException {
        Map<String, List<Column>> tables = tables();
        ModelDocs docs = ModelDocs.read(warehouse.models());
        StringBuilder out = new StringBuilder(ClassPathText.read("warehouse/dictionary-intro.md"));
        for (Path model : SqlModels.in(warehouse.models())) {
            String sql = read(model);
            out.append("\n## `").append(model.getFileName()).append("`\n\n");
            header(sql).forEach(line -> out.append(line).append('\n'));
            Matcher creates = CREATES.matcher(sql);
            while (creates.find()) {
                String name = creates.group(1);
                table(name, docs.relation(name).flatMap(ModelDocs.RelationDoc::grain), tables.getOrDefault(name,
                        List.of()), out);
            }
        }
        out.append("\n## Data tests · 数据测试 (`tests/`)\n\nEach returns the rows that violate it; any row fails the"
                + " build and the previous warehouse is kept.\n\n| test | guards |\n|---|---|\n");
        for (Path test : SqlModels.in(warehouse.models().resolve("tests"))) {
            out.append("| `").append(test.getFileName()).append("` | ")
                    .append(String.join(" ", header(read(test))).replace("|", "\\|")).append(" |\n");
        }
        out.append("| grain · 粒度 | Every table and view with a grain above holds each key of it once (generated from the"
                + " `grain:` of its sidecar). |\n");
        return out.toString();
    }

    private static void table(String name, Optional<List<String>> grain, List<Column> columns, StringBuilder out) {
        Column first = columns.isEmpty() ? new Column("", "", "", "", "", "") : columns.get(0);
        out.append("\n### `").append(name).append("` ").append(first.tableTitle()).append("\n\n")
                .append(first.tableDescription());
        grain.ifPresent(g -> out.append("\n\n粒度 · grain: ").append(g.isEmpty() ? "one row · 一行"
                : g.stream().map(c -> "`" + c + "`").collect(Collectors.joining(" × "))));
        out.append("\n\n| column · 字段 | 中文 | type | meaning |\n|---|---|---|---|\n");
        for (Column column : columns) {
            out.append("| `").append(column.name()).append("` | ").append(column.title()).append(" | ")
                    .append(column.type()).append(" | ").append(column.description().replace("|", "\\|"))
                    .append(" |\n");
        }
    }

    /** Every table's columns with their comments, in one query (warehouse/dictionary.sql on the class path). */
    private Map<String, List<Column>> tables() throws SQLException {
        Map<String, List<Column>> tables = new LinkedHashMap<>();
        try (Connection connection = warehouse.openReadOnly(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(ClassPathText.read("warehouse/dictionary.sql"))) {
            while (rs.next()) {
                tables.computeIfAbsent(rs.getString("table_name"), t -> new ArrayList<>()).add(new Column(
                        rs.getString("table_title"), rs.getString("table_description"), rs.getString("column_name"),
                        rs.getString("data_type"), rs.getString("column_title"),
                        rs.getString("column_description")));
            }
        }
        return tables;
    }

    /** The leading comment lines of a SQL file, without the dashes. */
    private static List<String> header(String sql) {
        List<String> lines = new ArrayList<>();
        for (String line : sql.lines().toList()) {
            if (!line.startsWith("--")) {
                break;
            }
            lines.add(line.substring(2).strip());
        }
        return lines;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** One column of a table, with the table's and its own comment split into title and description. */
    private record Column(String tableTitle, String tableDescription, String name, String type, String title,
                          String description) {
    }
}
