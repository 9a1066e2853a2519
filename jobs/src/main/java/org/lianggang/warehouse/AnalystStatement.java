package org.lianggang.warehouse;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.lianggang.ClassPathText;

/**
 * A statement given to {@code lianggang sql} as DuckDB's own parser reads it (no parsing of ours, so a comment, a
 * second statement or odd quoting cannot hide anything): a query, which may run, anything else, which is refused,
 * or a syntax error with DuckDB's message.
 *
 * @param kind          what the statement is
 * @param parserMessage DuckDB's message for a syntax error; empty otherwise
 */
public record AnalystStatement(Kind kind, String parserMessage) {

    private static final String KIND = ClassPathText.read("warehouse/statement-kind.sql");

    /** What a statement is. */
    public enum Kind {
        /** Only queries (SELECT, WITH, FROM …, VALUES, DESCRIBE, SHOW, SUMMARIZE): they cannot write. */
        QUERY,
        /** Anything else: COPY, EXPORT, ATTACH, INSTALL, LOAD, SET, CREATE, DELETE, EXPLAIN, PRAGMA … */
        NOT_A_QUERY,
        SYNTAX_ERROR
    }

    /** Parses {@code sql} on the analyst's connection without running it. */
    public static AnalystStatement parse(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(KIND)) {
            statement.setString(1, sql);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                if (!rs.getBoolean("refused")) {
                    return new AnalystStatement(Kind.QUERY, "");
                }
                return "parser".equals(rs.getString("error_type"))
                        ? new AnalystStatement(Kind.SYNTAX_ERROR, rs.getString("error_message"))
                        : new AnalystStatement(Kind.NOT_A_QUERY, "");
            }
        }
    }
}
