package org.lianggang.report;

import java.util.List;

/**
 * A warehouse table that the exports write: its name, its Chinese title (from the table comment) and its columns.
 */
public record ReportTable(String name, String title, List<ReportColumn> columns) {

    public ReportTable {
        columns = List.copyOf(columns);
    }

    public boolean has(String column) {
        return columns.stream().anyMatch(c -> c.name().equals(column));
    }

    public int indexOf(String column) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(column)) {
                return i;
            }
        }
        return -1;
    }
}
