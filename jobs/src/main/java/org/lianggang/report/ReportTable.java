package org.lianggang.report;

import java.util.List;

/**
 * A warehouse table that the exports write: its name, its Chinese title (from the table comment) and its columns.
 * {@code headlineOnly}: the table has breakdown rows (城市/农村, 女/男) and is exported with its headline rows only,
 * its breakdown columns (sex, area) not among {@code columns}.
 */
public record ReportTable(String name, String title, List<ReportColumn> columns, boolean headlineOnly) {

    public ReportTable {
        columns = List.copyOf(columns);
    }

    public ReportTable(String name, String title, List<ReportColumn> columns) {
        this(name, title, columns, false);
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
