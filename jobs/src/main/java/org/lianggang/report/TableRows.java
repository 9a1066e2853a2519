package org.lianggang.report;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Streams the rows of one report table that a filter selects. The statement is one line: the table's rows where
 * each filter column the table has equals the requested value. Series tables ({@code *_trend*}) keep every year up
 * to the report year, since a trend of one year says nothing.
 */
final class TableRows {

    /** Receives each row, cells in column order (null for SQL NULL). */
    interface Sink {
        void row(Object[] cells) throws Exception;
    }

    private TableRows() {
    }

    static long forEach(Connection connection, ReportTable table, ReportFilter filter, Sink sink) throws Exception {
        List<String> predicates = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        if (table.has("year")) {
            predicates.add(table.name().contains("_trend") ? "year <= ?" : "year = ?");
            values.add(filter.year());
        }
        if (filter.plan() != null && table.has("plan_code")) {
            predicates.add("plan_code = ?");
            values.add(filter.plan());
        }
        if (filter.region() != null && table.has("region_code")) {
            predicates.add("region_code = ?");
            values.add(filter.region());
        }
        String sql = "SELECT * FROM \"" + table.name().replace("\"", "\"\"") + "\""
                + (predicates.isEmpty() ? "" : " WHERE " + String.join(" AND ", predicates));
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
