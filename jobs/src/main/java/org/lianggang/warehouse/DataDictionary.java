package org.lianggang.warehouse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes the warehouse data dictionary (warehouse/README.md) from what the warehouse itself says: each model's
 * header comment, and the {@code COMMENT ON} of every table and column ("中文标题｜English"), with DuckDB's types.
 * Generated, so it cannot drift from the SQL; a test compares it with the committed file.
 */
public final class DataDictionary {

    private static final Pattern CREATES = Pattern.compile("(?im)^create (?:table|view) (\\w+)");
    private static final String TABLES = "SELECT table_name, comment FROM duckdb_tables() WHERE table_name = ?"
            + " UNION ALL SELECT view_name, comment FROM duckdb_views() WHERE view_name = ? AND NOT internal";
    private static final String COLUMNS = "SELECT column_name, data_type, comment FROM duckdb_columns()"
            + " WHERE table_name = ? ORDER BY column_index";

    private final Warehouse warehouse;

    public DataDictionary(Warehouse warehouse) {
        this.warehouse = warehouse;
    }

    /** The dictionary as Markdown, from the built warehouse and the model files. */
    public String markdown() throws SQLException {
        StringBuilder out = new StringBuilder(intro());
        try (Connection connection = warehouse.openReadOnly()) {
            for (Path model : SqlModels.in(warehouse.models())) {
                String sql = read(model);
                out.append("\n## `").append(model.getFileName()).append("`\n\n");
                header(sql).forEach(line -> out.append(line).append('\n'));
                Matcher creates = CREATES.matcher(sql);
                while (creates.find()) {
                    table(connection, creates.group(1), out);
                }
            }
        }
        out.append("\n## Data tests · 数据测试 (`tests/`)\n\nEach returns the rows that violate it; any row fails the"
                + " build and the previous warehouse is kept.\n\n| test | guards |\n|---|---|\n");
        for (Path test : SqlModels.in(warehouse.models().resolve("tests"))) {
            out.append("| `").append(test.getFileName()).append("` | ")
                    .append(String.join(" ", header(read(test))).replace("|", "\\|")).append(" |\n");
        }
        return out.toString();
    }

    private static void table(Connection connection, String name, StringBuilder out) throws SQLException {
        Optional<String> comment = tableComment(connection, name);
        Title title = Title.of(comment.orElse(""));
        out.append("\n### `").append(name).append("` ").append(title.chinese()).append("\n\n")
                .append(title.english()).append("\n\n| column · 字段 | 中文 | type | meaning |\n|---|---|---|---|\n");
        try (PreparedStatement columns = connection.prepareStatement(COLUMNS)) {
            columns.setString(1, name);
            try (ResultSet rs = columns.executeQuery()) {
                while (rs.next()) {
                    Title column = Title.of(Optional.ofNullable(rs.getString("comment")).orElse(""));
                    out.append("| `").append(rs.getString("column_name")).append("` | ").append(column.chinese())
                            .append(" | ").append(rs.getString("data_type")).append(" | ")
                            .append(column.english().replace("|", "\\|")).append(" |\n");
                }
            }
        }
    }

    private static Optional<String> tableComment(Connection connection, String name) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(TABLES)) {
            statement.setString(1, name);
            statement.setString(2, name);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() ? Optional.ofNullable(rs.getString("comment")) : Optional.empty();
            }
        }
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

    private static String intro() {
        try (var in = DataDictionary.class.getResourceAsStream("dictionary-intro.md")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** A comment "中文标题｜English description", split; a comment without the bar is English only. */
    public record Title(String chinese, String english) {

        public static Title of(String comment) {
            int bar = comment.indexOf('｜');
            return bar < 0 ? new Title("", comment) : new Title(comment.substring(0, bar).strip(),
                    comment.substring(bar + 1).strip());
        }
    }
}
