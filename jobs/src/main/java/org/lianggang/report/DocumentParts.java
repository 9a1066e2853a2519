package org.lianggang.report;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lianggang.ClassPathText;

/**
 * The figures of a report document, one query file each under a folder ({@code report/html/}: plans, domains,
 * counties, trends, unmet, evaluation, nodata, revisions; {@code report/docx/} for the Word report), read as rows of named
 * values, each query given the year, the plan and the region ({@link ReportRegion}). Decimals are rounded as the
 * report prints them; lists stay lists.
 */
final class DocumentParts {

    static final List<String> PARTS = List.of("plans", "domains", "counties", "trends", "unmet",
            "evaluation", "nodata", "revisions");

    private final Presentation presentation;
    private final Map<String, String> queries = new LinkedHashMap<>();

    /** The HTML report's parts. */
    DocumentParts(Presentation presentation) {
        this(presentation, "report/html/", PARTS);
    }

    /** The parts {@code <folder><part>.sql}; a part may name a query of another folder ({@code html/counties}). */
    DocumentParts(Presentation presentation, String folder, List<String> parts) {
        this.presentation = presentation;
        for (String part : parts) {
            String path = part.contains("/") ? "report/" + part : folder + part;
            queries.put(part.substring(part.lastIndexOf('/') + 1), ClassPathText.read(path + ".sql"));
        }
    }

    Map<String, List<Map<String, Object>>> read(Connection connection, ReportFilter filter) throws SQLException {
        Map<String, List<Map<String, Object>>> parts = new LinkedHashMap<>();
        String region = ReportRegion.code(connection, filter);
        for (Map.Entry<String, String> part : queries.entrySet()) {
            parts.put(part.getKey(), query(connection, part.getValue(), filter, region));
        }
        return parts;
    }

    private List<Map<String, Object>> query(Connection connection, String sql, ReportFilter filter, String region)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setInt(1, filter.year());
            statement.setString(2, filter.plan());
            statement.setString(3, region);
            try (ResultSet rs = statement.executeQuery()) {
                ResultSetMetaData meta = rs.getMetaData();
                List<Map<String, Object>> rows = new ArrayList<>();
                while (rs.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int c = 1; c <= meta.getColumnCount(); c++) {
                        row.put(meta.getColumnLabel(c), value(rs.getObject(c)));
                    }
                    rows.add(row);
                }
                return rows;
            }
        }
    }

    private Object value(Object value) throws SQLException {
        if (value instanceof Double || value instanceof Float) {
            return presentation.rounded(((Number) value).doubleValue());
        }
        if (value instanceof Array array) {
            List<Object> items = new ArrayList<>();
            for (Object item : (Object[]) array.getArray()) {
                items.add(value(item));
            }
            return items;
        }
        return value;
    }
}
