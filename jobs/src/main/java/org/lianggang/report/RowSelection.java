package org.lianggang.report;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * Which rows of a report table a filter selects, as one parameterised statement: the report year in the table's
 * year column (the first of {@code yearColumns} it has: {@code year}, or {@code as_of_year} for an outlook), every
 * year up to it in a series table (a trend of one year says nothing), and the plan and region where the table has
 * those columns; of a table with breakdown rows only the headline (合计) ones, in its exported columns. Tables without a year column (the wide 终期 table) are filtered by plan and region only.
 */
record RowSelection(List<String> yearColumns, Set<String> seriesTables) {

    RowSelection {
        yearColumns = List.copyOf(yearColumns);
        seriesTables = Set.copyOf(seriesTables);
    }

    /** The statement for {@code table}; its parameter values are added to {@code values} in order. */
    String statement(ReportTable table, ReportFilter filter, List<Object> values) {
        return statement(table, filter, null, values);
    }

    /** The same, limited to the rows of {@code regions} (null: no limit) where the table has a region column. */
    String statement(ReportTable table, ReportFilter filter, Collection<String> regions, List<Object> values) {
        List<String> predicates = new ArrayList<>();
        yearColumns.stream().filter(table::has).findFirst().ifPresent(column -> {
            predicates.add(quoted(column) + (seriesTables.contains(table.name()) ? " <= ?" : " = ?"));
            values.add(filter.year());
        });
        if (filter.plan() != null && table.has("plan_code")) {
            predicates.add("plan_code = ?");
            values.add(filter.plan());
        }
        if (filter.region() != null && table.has("region_code")) {
            predicates.add("region_code = ?");
            values.add(filter.region());
        }
        if (regions != null && table.has("region_code")) {
            predicates.add("region_code IN (" + String.join(", ", Collections.nCopies(regions.size(), "?")) + ")");
            values.addAll(regions);
        }
        if (table.headlineOnly()) {
            predicates.add("sex = 'T' AND area = 'total'");
        }
        String columns = table.headlineOnly()
                ? String.join(", ", table.columns().stream().map(c -> quoted(c.name())).toList()) : "*";
        return "SELECT " + columns + " FROM " + quoted(table.name())
                + (predicates.isEmpty() ? "" : " WHERE " + String.join(" AND ", predicates));
    }

    private static String quoted(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
