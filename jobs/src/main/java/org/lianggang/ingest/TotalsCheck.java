package org.lianggang.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.lianggang.catalog.ValueColumn;

/**
 * Holds totals rows (合计, and the city's own row) against the sum of the county rows, column by column, for the
 * additive columns; a 小计 row against the county rows since the previous 小计 (城区小计 after the districts, 县小计
 * after the counties). A 合计 that names a part (城区合计, 县合计) may close a part or cover the whole: it holds
 * when it equals either sum. A difference is reported as TOTAL_MISMATCH with the figures, never silently dropped.
 * Totals rows are never stored, so accepting either sum can only spare a false refusal, never load a figure.
 */
final class TotalsCheck {

    private record TotalRow(long row, Map<ValueColumn, Double> values, Map<ValueColumn, Double> sums, long counties,
                            Map<ValueColumn, Double> partSums, long partCounties) {
    }

    private final String file;
    private final Map<ValueColumn, Double> countySums = new HashMap<>();
    private Map<ValueColumn, Double> sinceSubtotal = new HashMap<>();
    private final List<TotalRow> totals = new ArrayList<>();
    private long counties;
    private long countiesSinceSubtotal;

    TotalsCheck(String file) {
        this.file = file;
    }

    void county(ValueColumn column, Double value) {
        if (value != null) {
            countySums.merge(column, value, Double::sum);
            sinceSubtotal.merge(column, value, Double::sum);
        }
    }

    void countyRow() {
        counties++;
        countiesSinceSubtotal++;
    }

    /** A grand total: checked at the end against every county row of the file. */
    void total(long row, Map<ValueColumn, Double> values) {
        totals.add(new TotalRow(row, values, countySums, -1, null, 0));
    }

    /** A 合计 naming a part (城区合计): the whole file's rows, or the rows since the previous subtotal, which it closes. */
    void partTotal(long row, Map<ValueColumn, Double> values) {
        totals.add(new TotalRow(row, values, countySums, -1, sinceSubtotal, countiesSinceSubtotal));
        sinceSubtotal = new HashMap<>();
        countiesSinceSubtotal = 0;
    }

    /** A 小计: checked against the county rows since the previous one, which it closes. */
    void subtotal(long row, Map<ValueColumn, Double> values) {
        totals.add(new TotalRow(row, values, sinceSubtotal, countiesSinceSubtotal, null, 0));
        sinceSubtotal = new HashMap<>();
        countiesSinceSubtotal = 0;
    }

    private static boolean equal(double stated, double sum) {
        return Math.abs(stated - sum) <= 1e-6 * Math.max(1, Math.abs(sum));
    }

    void finish(HeaderMapping mapping, List<Problem> problems) {
        if (counties == 0) {
            return;
        }
        for (TotalRow total : totals) {
            long over = total.counties() < 0 ? counties : total.counties();
            total.values().forEach((column, stated) -> {
                double sum = total.sums().getOrDefault(column, 0.0);
                if (stated == null || equal(stated, sum)) {
                    return;
                }
                if (total.partSums() == null) {
                    problems.add(new Problem(ProblemCode.TOTAL_MISMATCH, file, total.row(),
                            mapping.headerAt(mapping.value(column)), Figures.plain(stated),
                            "total differs from the sum of the " + over + " county rows: " + Figures.plain(sum)));
                    return;
                }
                double part = total.partSums().getOrDefault(column, 0.0);
                if (!equal(stated, part)) {
                    problems.add(new Problem(ProblemCode.TOTAL_MISMATCH, file, total.row(),
                            mapping.headerAt(mapping.value(column)), Figures.plain(stated),
                            "total differs from the sum of the " + over + " county rows (" + Figures.plain(sum)
                                    + ") and from the sum of the " + total.partCounties() + " rows since the previous"
                                    + " subtotal (" + Figures.plain(part) + ")"));
                }
            });
        }
    }
}
