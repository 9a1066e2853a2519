package org.lianggang.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lianggang.warehouse.Warehouse;

/** The interactive sql prompt on a small warehouse: multi-line statements, format switch, refused writes, history. */
class SqlPromptTest {

    @TempDir
    Path home;
    Warehouse warehouse;

    @BeforeEach
    void warehouse() throws Exception {
        Path file = home.resolve("warehouse.duckdb");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE report_summary AS SELECT 'women-2011-2020' AS plan_code, 76.62 AS met_rate");
        }
        warehouse = new Warehouse(file, home);
    }

    @Test
    void promptRunsStatementsRefusesWritesAndKeepsHistory() throws Exception {
        String session = """
                SELECT plan_code,
                       met_rate FROM report_summary;
                .format json
                SELECT plan_code FROM report_summary;
                DELETE FROM report_summary;
                SELECT count(*) AS n FROM report_summary;
                .quit
                """;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Path history = home.resolve(".sql_history");
        new SqlPrompt(statements(), history).run(
                new ByteArrayInputStream(session.getBytes(StandardCharsets.UTF_8)), out, ResultPrinter.Format.table);
        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(printed).contains("women-2011-2020 | 76.62");
        assertThat(printed).contains("[{\"plan_code\":\"women-2011-2020\"}]");
        assertThat(printed).contains("错误：已拒绝：sql 命令只读，只执行查询");
        assertThat(printed).contains("[{\"n\":1}]");
        assertThat(Files.readString(history)).contains("DELETE FROM report_summary;", "SELECT plan_code FROM");
    }

    @Test
    void oneShotWriteIsRefusedWithExitCodeOne() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = statements().run("DROP TABLE report_summary", ResultPrinter.Format.table,
                new java.io.PrintWriter(System.out, true),
                new java.io.PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8), true));
        assertThat(exit).isEqualTo(ExitCode.FAILED.code());
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("错误：已拒绝：sql 命令只读，只执行查询");
    }

    private SqlStatements statements() {
        return new SqlStatements(warehouse, List.of(home.resolve("lake"), home.resolve("reports")));
    }
}
