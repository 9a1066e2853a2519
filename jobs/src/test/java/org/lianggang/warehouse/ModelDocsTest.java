package org.lianggang.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The model docs become the warehouse's comments, and every mistake in them is named by file and line: a column
 * nobody describes, a meaning for a column the relation lacks, a variant the glossary lacks, a relation the model
 * does not create, a misspelt key (and a variant the glossary lacks without a database, for {@code check}). Run on an
 * in-memory DuckDB with a one-model warehouse of its own.
 */
class ModelDocsTest {

    private static final String GLOSSARY = """
            year: 年份｜report year
            area: 城乡｜total, urban or rural
            area@element: 城乡｜the element's area
            """;

    @TempDir
    Path models;

    @Test
    void writesTheCommentsFromTheSidecarAndTheGlossary() throws Exception {
        write("""
                people:
                  description: 人口｜people counted
                  grain: [year, area]
                  columns:
                    area: '@element'
                    persons: 人数｜persons
                """);
        try (Connection connection = build()) {
            assertThat(comment(connection, "select comment from duckdb_tables() where table_name = 'people'"))
                    .isEqualTo("人口｜people counted");
            assertThat(columnComment(connection, "year")).isEqualTo("年份｜report year");
            assertThat(columnComment(connection, "area")).isEqualTo("城乡｜the element's area");
            assertThat(columnComment(connection, "persons")).isEqualTo("人数｜persons");
        }
        assertThat(ModelDocs.read(models).relation("people").orElseThrow().grain()).hasValue(java.util.List.of(
                "year", "area"));
    }

    @Test
    void namesEveryMistakeByFileAndLine() throws Exception {
        write("""
                people:
                  description: 人口｜people counted
                  grain: [year, region]
                  columns:
                    area: '@urban'
                    height: 身高｜height
                elsewhere:
                  description: 别处｜not created here
                """);
        assertThatThrownBy(this::build).isInstanceOf(ModelDocsException.class)
                .hasMessageContaining("warehouse/ 模型说明错误 5 处")
                .hasMessageContaining("10_people.yaml:7:1: 10_people.sql 没有建立 elsewhere")
                .hasMessageContaining("10_people.yaml:5:11: glossary.yaml 中没有 area@urban")
                .hasMessageContaining("people.persons 没有说明")
                .hasMessageContaining("10_people.yaml:6:13: people 没有列 height")
                .hasMessageContaining("grain 中的 region 不是 people 的列");
    }

    @Test
    void aRelationWithoutASidecarIsNamed() throws Exception {
        Files.writeString(models.resolve(ModelDocs.GLOSSARY), GLOSSARY);
        Files.writeString(models.resolve("10_people.sql"), "create table people as select 2019 as year;");
        assertThatThrownBy(this::build).isInstanceOf(ModelDocsException.class)
                .hasMessageContaining("10_people.yaml: people 没有说明：请在本文件中写明它的 description、grain 与各列");
    }

    @Test
    void mistakesInTheFilesThemselvesAreFoundBeforeTheBuild() throws Exception {
        write("""
                people:
                  description: 人口｜people counted
                  grian: [year]
                """);
        Files.writeString(models.resolve("20_more.sql"), "create table more as select 1 as year;");
        Files.writeString(models.resolve("20_more.yaml"), "more:\n  description: more people\n");
        assertThatThrownBy(() -> ModelDocs.read(models)).isInstanceOf(ModelDocsException.class)
                .hasMessageContaining("模型说明错误 2 处")
                .hasMessageContaining("10_people.yaml:3:3: 未知的键 grian").hasMessageContaining("grain")
                .hasMessageContaining("20_more.yaml:2:16: description 应写作 中文标题｜English");
    }

    @Test
    void aVariantTheGlossaryLacksIsFoundWithoutADatabase() throws Exception {
        write("""
                people:
                  description: 人口｜people counted
                  columns:
                    year: '@element'
                    area: '@element'
                    persons: '@urban'
                """);
        // area@element is in the glossary; year@element and persons@urban are not (in column order)
        assertThat(ModelDocs.read(models).missingVariants()).extracting(p -> p.file().getFileName() + ":" + p.line()
                + ":" + p.column() + ": " + p.message()).containsExactly(
                "10_people.yaml:6:14: glossary.yaml 中没有 persons@urban",
                "10_people.yaml:4:11: glossary.yaml 中没有 year@element");
    }

    private void write(String sidecar) throws Exception {
        Files.writeString(models.resolve(ModelDocs.GLOSSARY), GLOSSARY);
        Files.writeString(models.resolve("10_people.sql"),
                "create table people as select 2019 as year, 'total' as area, 42 as persons;");
        Files.writeString(models.resolve("10_people.yaml"), sidecar);
    }

    /** Runs the one model as the build does and writes its comments; the caller closes the connection. */
    private Connection build() throws SQLException {
        ModelComments comments = new ModelComments(ModelDocs.read(models));
        Path model = models.resolve("10_people.sql");
        Connection connection = DriverManager.getConnection("jdbc:duckdb:");
        try {
            Map<String, Boolean> before = ModelComments.relations(connection);
            try (Statement statement = connection.createStatement()) {
                statement.execute(SqlModels.render(model, Map.of()));
            }
            comments.write(connection, model, before, ModelComments.relations(connection));
            return connection;
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    private static String columnComment(Connection connection, String column) throws SQLException {
        return comment(connection, "select comment from duckdb_columns() where table_name = 'people'"
                + " and column_name = '" + column + "'");
    }

    private static String comment(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
