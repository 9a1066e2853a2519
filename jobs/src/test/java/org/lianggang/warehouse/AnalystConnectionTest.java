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
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The analyst's connection on a small warehouse whose view reads a Parquet file of the lake: DuckDB's own settings
 * refuse every file outside the lake and the reports, extensions and a SET that would undo the lock, even for a
 * statement that got past the query check; the lock stays on its own connection; and DuckDB's parser admits
 * queries only.
 */
class AnalystConnectionTest {

    @TempDir
    Path home;
    @TempDir
    Path outside;
    Warehouse warehouse;

    @BeforeEach
    void warehouseWithALakeView() throws Exception {
        Files.createDirectories(home.resolve("lake/data_value/health/2019"));
        Files.createDirectories(home.resolve("reports/2019"));
        Files.createDirectories(home.resolve("inbox"));
        Files.writeString(home.resolve("reports/2019/report_summary.csv"), "plan_code\nwomen-2011-2020\n");
        Files.writeString(home.resolve("inbox/health-2019.csv"), "region_code\n450200\n");
        Files.writeString(outside.resolve("secret.csv"), "password\nhunter2\n");
        Path file = home.resolve("warehouse.duckdb");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file); Statement s = c.createStatement()) {
            s.execute("COPY (SELECT 2019 AS year, 9.53 AS value) TO '"
                    + home.resolve("lake/data_value/health/2019/part-1.parquet") + "'");
            s.execute("CREATE VIEW fact_data_value AS SELECT * FROM read_parquet('"
                    + home.resolve("lake/data_value") + "/*/*/*.parquet')");
            s.execute("CREATE TABLE report_summary AS SELECT 'women-2011-2020' AS plan_code, 76.62 AS met_rate");
        }
        warehouse = new Warehouse(file, home);
    }

    private Connection analyst() throws SQLException {
        return warehouse.openForAnalyst(List.of(home.resolve("lake"), home.resolve("reports")));
    }

    @Test
    void viewsOverTheLakeAndThePublishedReportsCanBeRead() throws Exception {
        try (Connection c = analyst()) {
            assertThat(single(c, "SELECT value FROM fact_data_value")).isEqualTo("9.53");
            assertThat(single(c, "SELECT met_rate FROM report_summary")).isEqualTo("76.62");
            assertThat(single(c, "SELECT plan_code FROM read_csv('" + home.resolve("reports/2019/report_summary.csv")
                    + "')")).isEqualTo("women-2011-2020");
            assertThat(single(c, "SELECT current_setting('temp_directory')"))
                    .isEqualTo(home.resolve("warehouse.duckdb") + ".tmp");
        }
    }

    @Test
    void filesOutsideTheLakeAndTheReportsAreRefusedByDuckDbItself() throws Exception {
        try (Connection c = analyst()) {
            for (String sql : List.of("SELECT * FROM read_text('/etc/passwd')",
                    "SELECT * FROM read_csv('/etc/shadow')", "SELECT * FROM glob('/root/*')",
                    "SELECT * FROM read_csv('" + outside.resolve("secret.csv") + "')",
                    "SELECT * FROM read_csv('" + home.resolve("inbox/health-2019.csv") + "')",
                    "SELECT * FROM glob('" + home + "/*')",
                    "COPY (SELECT 1) TO '" + outside.resolve("copied.csv") + "'",
                    "EXPORT DATABASE '" + outside.resolve("exported") + "'",
                    "ATTACH '" + outside.resolve("other.duckdb") + "' AS other",
                    "INSTALL httpfs", "LOAD httpfs")) {
                assertThatThrownBy(() -> execute(c, sql)).as(sql).isInstanceOf(SQLException.class)
                        .hasMessageMatching("(?s).*(disabled by configuration|disabled through configuration).*");
            }
        }
        try (var files = Files.list(outside)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactly("secret.csv");
        }
    }

    @Test
    void theLockCannotBeUndone() throws Exception {
        try (Connection c = analyst()) {
            for (String sql : List.of("SET enable_external_access = true", "SET lock_configuration = false",
                    "RESET allowed_directories", "SET allowed_directories = ['/']", "SET allowed_paths = ['/etc/passwd']",
                    "SET autoload_known_extensions = true", "SET temp_directory = '/tmp'")) {
                assertThatThrownBy(() -> execute(c, sql)).as(sql).isInstanceOf(SQLException.class)
                        .hasMessageContaining("the configuration has been locked");
            }
            assertThatThrownBy(() -> execute(c, "SELECT * FROM read_text('/etc/passwd')"))
                    .hasMessageContaining("disabled by configuration");
        }
    }

    @Test
    void theLockStaysOnTheAnalystsConnection() throws Exception {
        try (Connection reportWriter = warehouse.openReadOnly(); Connection c = analyst()) {
            assertThatThrownBy(() -> execute(c, "SELECT * FROM read_csv('" + outside.resolve("secret.csv") + "')"))
                    .hasMessageContaining("disabled by configuration");
            assertThat(single(reportWriter, "SELECT password FROM read_csv('" + outside.resolve("secret.csv") + "')"))
                    .isEqualTo("hunter2");
        }
    }

    @Test
    void duckDbsParserAdmitsQueriesOnly() throws Exception {
        try (Connection c = analyst()) {
            for (String sql : List.of("SELECT 1", "select * from report_summary; -- trailing ;",
                    "WITH r AS (SELECT 1 AS x) SELECT x FROM r", "FROM report_summary", "VALUES (1)",
                    "DESCRIBE report_summary", "SHOW TABLES", "SUMMARIZE report_summary",
                    "SELECT 1; SELECT 2", "SELECT 'COPY x TO ''/tmp/y''' AS text /* ; COPY */")) {
                assertThat(AnalystStatement.parse(c, sql).kind()).as(sql).isEqualTo(AnalystStatement.Kind.QUERY);
            }
            for (String sql : List.of("COPY (SELECT 1) TO '/tmp/x.csv'", "COPY (SELECT 1) TO '/tmp/x.csv' -- c ;",
                    "SELECT 1; COPY (SELECT 1) TO '/tmp/x.csv'", "EXPORT DATABASE '/tmp/x'",
                    "ATTACH '/tmp/x.duckdb'", "INSTALL httpfs", "LOAD httpfs", "SET enable_external_access = true",
                    "RESET lock_configuration", "DELETE FROM report_summary", "CREATE TABLE t AS SELECT 1",
                    "PRAGMA enable_profiling", "CALL checkpoint()", "EXPLAIN SELECT 1", "DETACH warehouse")) {
                assertThat(AnalystStatement.parse(c, sql).kind()).as(sql)
                        .isEqualTo(AnalystStatement.Kind.NOT_A_QUERY);
            }
            AnalystStatement typo = AnalystStatement.parse(c, "SELEC 1");
            assertThat(typo.kind()).isEqualTo(AnalystStatement.Kind.SYNTAX_ERROR);
            assertThat(typo.parserMessage()).contains("syntax error at or near \"SELEC\"");
        }
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static String single(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
