package org.lianggang.ingest.map.header;

import org.lianggang.Messages;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.lianggang.catalog.ColumnSpec;
import org.lianggang.catalog.SourceLayout;
import org.lianggang.catalog.ValueColumn;
import org.lianggang.ingest.problem.InputRejectedException;
import org.lianggang.ingest.problem.Problem;
import org.lianggang.ingest.problem.ProblemCode;
import org.lianggang.ingest.read.row.ExportRow;

/**
 * Finds the header of an export among its first rows: title rows above it ("2019年妇幼卫生年报", 单位, 日期) are
 * skipped, and a two-row header with merged cells (a group name over its columns) is read as one, each column
 * named by its lower cell, or its group and lower cell together, whichever the layout knows. The readers carry a
 * merged cell's text to every cell it covers, so a group name stands over each of its columns.
 */
public final class HeaderLocator {

    static final int SEARCH_ROWS = 20;

    /** The header found, the row number it ends on, the rows after it, and the title rows above it. */
    public record Located(List<String> header, long row, Iterator<ExportRow> data, List<ExportRow> above) {
    }

    private HeaderLocator() {
    }

    public static Optional<Located> locate(Iterator<ExportRow> rows, SourceLayout layout) {
        return locate(head(rows), rows, layout);
    }

    /** As {@link #locate}, refusing a file without the layout's header, with the reason when it can be told. */
    public static Located locateOrRefuse(Iterator<ExportRow> rows, SourceLayout layout, String fileName) {
        List<ExportRow> head = head(rows);
        return locate(head, rows, layout).orElseThrow(() -> new InputRejectedException(List.of(Problem.ofFile(
                ProblemCode.EMPTY_FILE, fileName, Messages.text("problem.no-header", layout.id(), SEARCH_ROWS,
                        semicolonSeparated(head, layout))))));
    }

    /**
     * Excel in a European locale (and LibreOffice set so) saves "CSV" separated by semicolons: read at commas, its
     * header is one cell. Said so, rather than only that no header was found.
     */
    private static String semicolonSeparated(List<ExportRow> head, SourceLayout layout) {
        Set<String> names = names(layout);
        for (ExportRow row : head) {
            List<String> cells = Arrays.asList(String.join(",", row.cells()).split(";", -1));
            if (cells.size() > 1 && score(cells, names) >= 2) {
                return Messages.text("problem.semicolons", row.number());
            }
        }
        return "";
    }

    private static List<ExportRow> head(Iterator<ExportRow> rows) {
        List<ExportRow> head = new ArrayList<>();
        while (rows.hasNext() && head.size() < SEARCH_ROWS) {
            head.add(rows.next());
        }
        return head;
    }

    private static Optional<Located> locate(List<ExportRow> head, Iterator<ExportRow> rows, SourceLayout layout) {
        Set<String> names = names(layout);
        int best = -1;
        int bestScore = 0;
        for (int i = 0; i < head.size(); i++) {
            int score = score(head.get(i).cells(), names);
            if (score > bestScore) {
                best = i;
                bestScore = score;
            }
        }
        if (best < 0) {
            return Optional.empty();
        }
        List<String> header = head.get(best).cells();
        int last = best;
        int score = bestScore;
        // The best row may be either half of a two-row header: with merged cells carried down, the lower half
        // repeats every vertically merged name and can score higher alone than the upper half.
        for (int upper = Math.max(best - 1, 0); upper <= best && upper + 1 < head.size(); upper++) {
            List<String> combined = combine(head.get(upper).cells(), head.get(upper + 1).cells(), names);
            int combinedScore = score(combined, names);
            if (combinedScore > score) {
                header = combined;
                last = upper + 1;
                score = combinedScore;
            }
        }
        return Optional.of(new Located(header, head.get(last).number(), concat(head.subList(last + 1, head.size()),
                rows), List.copyOf(head.subList(0, best))));
    }

    private static List<String> combine(List<String> upper, List<String> lower, Set<String> names) {
        List<String> header = new ArrayList<>();
        String group = "";
        for (int c = 0; c < Math.max(upper.size(), lower.size()); c++) {
            String top = c < upper.size() ? upper.get(c).strip() : "";
            String bottom = c < lower.size() ? lower.get(c).strip() : "";
            group = top.isEmpty() ? group : top;
            if (bottom.isEmpty()) {
                header.add(top);
            } else if (names.contains(HeaderMapping.matchKey(bottom, names))) {
                header.add(bottom);
            } else {
                header.add(group + bottom);
            }
        }
        return header;
    }

    private static int score(List<String> cells, Set<String> names) {
        return (int) cells.stream().map(cell -> HeaderMapping.matchKey(cell, names)).filter(names::contains)
                .distinct().count();
    }

    private static Set<String> names(SourceLayout layout) {
        Set<String> names = new HashSet<>();
        layout.fields().values().stream().map(ColumnSpec::names).forEach(n -> n.forEach(x -> names.add(
                HeaderMapping.normalize(x))));
        layout.values().stream().map(ValueColumn::column).map(ColumnSpec::names).forEach(n -> n.forEach(x -> names
                .add(HeaderMapping.normalize(x))));
        return names;
    }

    private static Iterator<ExportRow> concat(List<ExportRow> buffered, Iterator<ExportRow> rest) {
        Iterator<ExportRow> first = List.copyOf(buffered).iterator();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return first.hasNext() || rest.hasNext();
            }

            @Override
            public ExportRow next() {
                return first.hasNext() ? first.next() : rest.next();
            }
        };
    }
}
