package org.lianggang.cli;

import org.lianggang.Messages;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.lianggang.warehouse.AnalystStatement;
import org.lianggang.warehouse.Warehouse;

/**
 * Runs one analyst statement on a fresh connection (so each statement sees the newest build) that is locked down:
 * the warehouse read-only, files readable only under the lake and the published reports, configuration locked
 * ({@link Warehouse#openForAnalyst}); and only a statement DuckDB's parser reads as a query runs at all. A refusal
 * becomes one line that says why, not DuckDB's internal wording alone.
 */
final class SqlStatements {

    static String refused() {
        return Messages.pick("错误：已拒绝：sql 命令只读，只执行查询（SELECT、WITH、FROM、VALUES、DESCRIBE、SHOW、"
                + "SUMMARIZE），不能写文件、修改仓库、挂载数据库、安装或加载扩展、更改设置（仓库由 'lianggang build' 从数据湖重建）",
                "error: refused: sql is read-only and runs queries only: no COPY, EXPORT, ATTACH, INSTALL, LOAD, SET, no"
                + " change to the warehouse (it is rebuilt from the lake by 'lianggang build')");
    }

    static String refusedFile() {
        return Messages.pick("错误：已拒绝：sql 命令只读，只能读取以下目录中的文件：", "error: refused: sql reads files only under ");
    }

    private final Warehouse warehouse;
    private final List<Path> readable;

    /** {@code readable}: the directories a query may read files under (the lake, the published reports). */
    SqlStatements(Warehouse warehouse, List<Path> readable) {
        this.warehouse = warehouse;
        this.readable = List.copyOf(readable);
    }

    /** Returns the exit code: 0, or 1 when the statement failed or was refused. */
    int run(String sql, ResultPrinter.Format format, PrintWriter out, PrintWriter err) {
        try (Connection connection = warehouse.openForAnalyst(readable)) {
            AnalystStatement parsed = AnalystStatement.parse(connection, sql);
            if (parsed.kind() == AnalystStatement.Kind.NOT_A_QUERY) {
                err.println(refused());
                return ExitCode.FAILED.code();
            }
            if (parsed.kind() == AnalystStatement.Kind.SYNTAX_ERROR) {
                err.println("error: " + parsed.parserMessage());
                return ExitCode.FAILED.code();
            }
            try (Statement statement = connection.createStatement()) {
                if (statement.execute(sql)) {
                    try (ResultSet rs = statement.getResultSet()) {
                        ResultPrinter.print(rs, format, out);
                    }
                }
            }
            return ExitCode.OK.code();
        } catch (SQLException e) {
            err.println(explain(e.getMessage() == null ? e.toString() : e.getMessage()));
            return ExitCode.FAILED.code();
        }
    }

    private String explain(String message) {
        if (message.contains("disabled by configuration")) {
            return refusedFile() + readable.stream().map(Path::toString).toList() + ". DuckDB: " + message;
        }
        if (message.contains("read-only") || message.contains("configuration has been locked")) {
            return refused() + ". DuckDB: " + message;
        }
        return "error: " + message;
    }
}
