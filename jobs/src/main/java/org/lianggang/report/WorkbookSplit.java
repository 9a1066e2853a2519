package org.lianggang.report;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.lianggang.ClassPathText;

/**
 * Which workbooks a report is written as, so that no sheet passes the row limit ({@code lianggang.export.
 * sheet-max-rows}, Excel's 1,048,575 rows below the header). A report that fits is one workbook with every region,
 * as always (a city, a province). One that does not (the country: its trend sheet carries every year × region ×
 * indicator) is split along the region tree: the root's workbook holds the root and the regions directly below it
 * (the country and its provinces), and each region below gets a workbook of its own with its whole subtree (a
 * province, its cities and counties), split again the same way if that still does not fit. So every region's rows
 * are in a workbook, and each workbook is one a bureau opens on an office PC: its own region and the level below.
 * Tables without a region column go into every workbook. A report limited to one region ({@code --region}) is one
 * workbook.
 */
final class WorkbookSplit {

    private static final String TREE = ClassPathText.read("report/region-tree.sql");

    /**
     * One workbook: the region it is named after (null: the root's, named as the report) and the regions whose
     * rows it holds (null: every row the filter selects).
     */
    record Workbook(String region, Set<String> regions) {
    }

    private final Map<String, List<String>> children = new TreeMap<>();
    private final Map<String, Map<String, Long>> regionRows = new HashMap<>();   // table → region → rows
    private final Map<String, Long> tableRows = new HashMap<>();   // table without a region column → rows
    private final List<ReportTable> tables;
    private final long limit;

    private WorkbookSplit(List<ReportTable> tables, long limit) {
        this.tables = tables;
        this.limit = limit;
    }

    static List<Workbook> plan(Connection connection, List<ReportTable> tables, ReportFilter filter,
                               RowSelection selection, long limit) throws SQLException {
        if (filter.region() != null) {
            return List.of(new Workbook(null, null));
        }
        WorkbookSplit split = new WorkbookSplit(tables, limit);
        split.count(connection, filter, selection);
        if (split.fits(null)) {
            return List.of(new Workbook(null, null));
        }
        String root = split.readTree(connection);
        List<Workbook> workbooks = new ArrayList<>();
        split.split(root, true, workbooks);
        return workbooks;
    }

    /** The rows each table holds per region, as the filter selects them (one grouped count per table). */
    private void count(Connection connection, ReportFilter filter, RowSelection selection) throws SQLException {
        for (ReportTable table : tables) {
            List<Object> values = new ArrayList<>();
            String rows = selection.statement(table, filter, values);
            String sql = table.has("region_code")
                    ? "SELECT region_code, count(*) FROM (" + rows + ") GROUP BY region_code"
                    : "SELECT NULL, count(*) FROM (" + rows + ")";
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < values.size(); i++) {
                    statement.setObject(i + 1, values.get(i));
                }
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        if (table.has("region_code")) {
                            regionRows.computeIfAbsent(table.name(), t -> new HashMap<>())
                                    .put(rs.getString(1), rs.getLong(2));
                        } else {
                            tableRows.put(table.name(), rs.getLong(2));
                        }
                    }
                }
            }
        }
    }

    /** Reads the tree; returns the root. A region whose parent is outside the warehouse hangs under the root. */
    private String readTree(Connection connection) throws SQLException {
        Map<String, String> parents = new TreeMap<>();
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(TREE)) {
            while (rs.next()) {
                parents.put(rs.getString(1), rs.getString(2));
            }
        }
        String root = parents.entrySet().stream()
                .filter(e -> e.getValue() == null || !parents.containsKey(e.getValue()))
                .map(Map.Entry::getKey).findFirst()
                .orElseThrow(() -> new SQLException("dim_region has no root region"));
        parents.forEach((region, parent) -> {
            if (!region.equals(root)) {
                children.computeIfAbsent(parent == null || !parents.containsKey(parent) ? root : parent,
                        p -> new ArrayList<>()).add(region);
            }
        });
        // A code in a report table that is no current region (none should be) hangs under the root too, so that
        // its rows are written somewhere.
        regionRows.values().forEach(byRegion -> byRegion.keySet().stream()
                .filter(region -> region != null && !parents.containsKey(region))
                .forEach(region -> {
                    parents.put(region, root);
                    children.computeIfAbsent(root, p -> new ArrayList<>()).add(region);
                }));
        return root;
    }

    /**
     * The workbooks for {@code region}'s subtree: all of it in one if it fits; otherwise the region with the level
     * below it (the region alone if even that does not fit), then each region below that has regions of its own,
     * split the same way.
     */
    private void split(String region, boolean root, List<Workbook> workbooks) {
        Set<String> subtree = new LinkedHashSet<>();
        collect(region, subtree);
        if (fits(subtree)) {
            workbooks.add(new Workbook(root ? null : region, subtree));
            return;
        }
        List<String> below = children.getOrDefault(region, List.of());
        Set<String> head = new LinkedHashSet<>();
        head.add(region);
        head.addAll(below);
        if (!fits(head)) {
            head = Set.of(region);
        }
        workbooks.add(new Workbook(root ? null : region, head));
        for (String child : below) {
            if (!head.contains(child) || children.containsKey(child)) {
                split(child, false, workbooks);
            }
        }
    }

    private void collect(String region, Set<String> into) {
        into.add(region);
        children.getOrDefault(region, List.of()).forEach(child -> collect(child, into));
    }

    /** Whether every table's rows for these regions (null: all regions) stay within the limit. */
    private boolean fits(Set<String> regions) {
        for (ReportTable table : tables) {
            long rows = tableRows.getOrDefault(table.name(), 0L);
            Map<String, Long> byRegion = regionRows.getOrDefault(table.name(), Map.of());
            if (regions == null) {
                rows += byRegion.values().stream().mapToLong(Long::longValue).sum();
            } else {
                for (String region : regions) {
                    rows += byRegion.getOrDefault(region, 0L);
                }
            }
            if (rows > limit) {
                return false;
            }
        }
        return true;
    }
}
