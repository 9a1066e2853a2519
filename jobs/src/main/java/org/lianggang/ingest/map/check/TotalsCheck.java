package org.lianggang.ingest.map.check;

import org.lianggang.Messages;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.lianggang.ingest.map.value.Figures;
import org.lianggang.ingest.problem.Problem;
import org.lianggang.ingest.problem.ProblemCode;

/**
 * Holds totals rows (合计, and the city's own row) against the sum of the county rows, figure by figure, for the
 * additive figures; a 小计 row against the county rows since the previous 小计 (城区小计 after the districts, 县小计
 * after the counties). A 合计 that names a part (城区合计, 县合计) may close a part or cover the whole: it holds
 * when it equals either sum. A difference is reported as TOTAL_MISMATCH with the figures, never silently dropped.
 * Totals rows are never stored, so accepting either sum can only spare a false refusal, never load a figure.
 *
 * <p>A figure is named by a key: a value column in a wide file (all of a row's figures), an element with its
 * disaggregation in a long one (one figure a row). Sums, counts of rows and the parts a 小计 closes are kept per key,
 * so a long file's 城区小计 of one element closes that element's part only. A key no county row gave is not checked:
 * there is nothing to hold it against (a long file carrying an element for the city alone).
 *
 * @param <K> what names one figure of a row
 */
public final class TotalsCheck<K> {

    private enum Kind { WHOLE, PART, WHOLE_OR_PART }

    /** A totals row's figures, and for a part the sums and row counts since the previous subtotal, as they were. */
    private record TotalRow<K>(long row, Kind kind, Map<K, Double> values, Map<K, Double> partSums,
                               Map<K, Long> partRows) {
    }

    private final String file;
    private final Function<K, String> column;
    private final Map<K, Double> sums = new HashMap<>();
    private final Map<K, Long> rows = new HashMap<>();
    private final Map<K, Double> sinceSubtotal = new HashMap<>();
    private final Map<K, Long> rowsSinceSubtotal = new HashMap<>();
    private final List<TotalRow<K>> totals = new ArrayList<>();

    /** @param column the header a problem names for a key's figure */
    public TotalsCheck(String file, Function<K, String> column) {
        this.file = file;
        this.column = column;
    }

    /** A county row's figure (null when missing: the row still counts). */
    public void county(K key, Double value) {
        rows.merge(key, 1L, Long::sum);
        rowsSinceSubtotal.merge(key, 1L, Long::sum);
        if (value != null) {
            sums.merge(key, value, Double::sum);
            sinceSubtotal.merge(key, value, Double::sum);
        }
    }

    /** A grand total: checked at the end against every county row of the file. */
    public void total(long row, Map<K, Double> values) {
        totals.add(new TotalRow<>(row, Kind.WHOLE, values, Map.of(), Map.of()));
    }

    /** A 合计 naming a part (城区合计): the whole file's rows, or the rows since the previous subtotal, which it closes. */
    public void partTotal(long row, Map<K, Double> values) {
        totals.add(new TotalRow<>(row, Kind.WHOLE_OR_PART, values, closePart(values), closedRows(values)));
    }

    /** A 小计: checked against the county rows since the previous one, which it closes. */
    public void subtotal(long row, Map<K, Double> values) {
        totals.add(new TotalRow<>(row, Kind.PART, values, closePart(values), closedRows(values)));
    }

    private Map<K, Double> closePart(Map<K, Double> values) {
        Map<K, Double> part = new HashMap<>();
        values.keySet().forEach(key -> part.put(key, sinceSubtotal.getOrDefault(key, 0.0)));
        values.keySet().forEach(sinceSubtotal::remove);
        return part;
    }

    private Map<K, Long> closedRows(Map<K, Double> values) {
        Map<K, Long> part = new HashMap<>();
        values.keySet().forEach(key -> part.put(key, rowsSinceSubtotal.getOrDefault(key, 0L)));
        values.keySet().forEach(rowsSinceSubtotal::remove);
        return part;
    }

    private static boolean equal(double stated, double sum) {
        return Math.abs(stated - sum) <= 1e-6 * Math.max(1, Math.abs(sum));
    }

    public void finish(List<Problem> problems) {
        for (TotalRow<K> total : totals) {
            total.values().forEach((key, stated) -> {
                if (stated != null && rows.getOrDefault(key, 0L) > 0) {
                    check(total, key, stated).ifPresent(problems::add);
                }
            });
        }
    }

    private Optional<Problem> check(TotalRow<K> total, K key, double stated) {
        double whole = sums.getOrDefault(key, 0.0);
        double part = total.partSums().getOrDefault(key, 0.0);
        long partRows = total.partRows().getOrDefault(key, 0L);
        String message = switch (total.kind()) {
            case WHOLE -> equal(stated, whole) ? null
                    : Messages.text("problem.total-whole", rows.get(key), Figures.plain(whole));
            case PART -> equal(stated, part) ? null
                    : Messages.text("problem.total-part", partRows, Figures.plain(part));
            case WHOLE_OR_PART -> equal(stated, whole) || equal(stated, part) ? null
                    : Messages.text("problem.total-either", rows.get(key), Figures.plain(whole), partRows,
                    Figures.plain(part));
        };
        return Optional.ofNullable(message).map(m -> new Problem(ProblemCode.TOTAL_MISMATCH, file,
                total.row(), column.apply(key), Figures.plain(stated), m));
    }
}
