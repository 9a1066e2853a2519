package org.lianggang.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.lianggang.catalog.ValueColumn;

/**
 * Holds totals rows (合计, and the city's own row) against the sum of the county rows, column by column, for the
 * additive columns. A difference is reported as TOTAL_MISMATCH with both figures, never silently dropped.
 */
final class TotalsCheck {

    private record TotalRow(long row, Map<ValueColumn, Double> values) {
    }

    private final String file;
    private final Map<ValueColumn, Double> countySums = new HashMap<>();
    private final List<TotalRow> totals = new ArrayList<>();
    private long counties;

    TotalsCheck(String file) {
        this.file = file;
    }

    void county(ValueColumn column, Double value) {
        if (value != null) {
            countySums.merge(column, value, Double::sum);
        }
    }

    void countyRow() {
        counties++;
    }

    void total(long row, Map<ValueColumn, Double> values) {
        totals.add(new TotalRow(row, values));
    }

    void finish(HeaderMapping mapping, List<Problem> problems) {
        if (counties == 0) {
            return;
        }
        for (TotalRow total : totals) {
            total.values().forEach((column, stated) -> {
                double sum = countySums.getOrDefault(column, 0.0);
                if (stated != null && Math.abs(stated - sum) > 1e-6 * Math.max(1, Math.abs(sum))) {
                    problems.add(new Problem(ProblemCode.TOTAL_MISMATCH, file, total.row(),
                            mapping.headerAt(mapping.value(column)), format(stated),
                            "total differs from the sum of the " + counties + " county rows: " + format(sum)));
                }
            });
        }
    }

    private static String format(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
