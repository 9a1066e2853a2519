package org.lianggang.report;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Streams the rows of one report table that a filter selects (see {@link RowSelection}). */
final class TableRows {

    /** Receives each row, cells in column order (null for SQL NULL). */
    interface Sink {
        void row(Object[] cells) throws Exception;
    }

    private TableRows() {
    }

    /** Whether the filter selects any row of {@code table}. */
    static boolean any(Connection connection, ReportTable table, ReportFilter filter, RowSelection selection)
            throws SQLException {
        List<Object> values = new ArrayList<>();
        String sql = "SELECT EXISTS (" + selection.statement(table, filter, values) + ")";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.size(); i++) {
                statement.setObject(i + 1, values.get(i));
            }
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    static long forEach(Connection connection, ReportTable table, ReportFilter filter, RowSelection selection,
                        Sink sink) throws Exception {
        return forEach(connection, table, filter, null, selection, sink);
    }

    /** The rows of {@code regions} only (null: every region the filter selects). */
    static long forEach(Connection connection, ReportTable table, ReportFilter filter, Collection<String> regions,
                        RowSelection selection, Sink sink) throws Exception {
        List<Object> values = new ArrayList<>();
        String sql = selection.statement(table, filter, regions, values);
        long rows = 0;
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.size(); i++) {
                statement.setObject(i + 1, values.get(i));
            }
            try (ResultSet rs = statement.executeQuery()) {
                int width = table.columns().size();
                while (rs.next()) {
                    Object[] cells = new Object[width];
                    for (int c = 0; c < width; c++) {
                        cells[c] = rs.getObject(c + 1);
                    }
                    sink.row(cells);
                    rows++;
                }
            }
        } catch (SQLException e) {
            throw new SQLException("reading " + table.name() + ": " + e.getMessage(), e);
        }
        return rows;
    }
}
