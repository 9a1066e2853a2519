package org.lianggang.report;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lianggang.ClassPathText;

/**
 * Finds the report tables of a warehouse ({@code report_*}, {@code data_quality*}) and their commented columns,
 * so that tables the warehouse adds later are exported with their Chinese titles and no code change.
 */
final class ReportTables {

    private static final String QUERY = ClassPathText.read("report/tables.sql");

    private ReportTables() {
    }

    static List<ReportTable> discover(Connection connection) throws SQLException {
        Map<String, String> titles = new LinkedHashMap<>();
        Map<String, List<ReportColumn>> columns = new LinkedHashMap<>();
        Set<String> headlineOnly = new HashSet<>();
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(QUERY)) {
            while (rs.next()) {
                String table = rs.getString("table_name");
                titles.putIfAbsent(table, rs.getString("table_title"));
                if (rs.getBoolean("headline_only")) {
                    headlineOnly.add(table);
                }
                columns.computeIfAbsent(table, t -> new ArrayList<>()).add(new ReportColumn(
                        rs.getString("column_name"), rs.getString("column_title"),
                        rs.getString("column_description"), ColumnType.of(rs.getString("data_type"))));
            }
        }
        List<ReportTable> tables = new ArrayList<>();
        titles.forEach((table, title) -> tables.add(new ReportTable(table, title, columns.get(table),
                headlineOnly.contains(table))));
        return tables;
    }
}
