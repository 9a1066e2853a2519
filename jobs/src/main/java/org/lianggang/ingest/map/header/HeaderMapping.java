package org.lianggang.ingest.map.header;

import org.lianggang.Messages;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.lianggang.catalog.ColumnSpec;
import org.lianggang.catalog.SourceField;
import org.lianggang.catalog.SourceLayout;
import org.lianggang.catalog.ValueColumn;
import org.lianggang.ingest.problem.Problem;
import org.lianggang.ingest.problem.ProblemCode;
import org.lianggang.ingest.read.row.ExportRow;

/**
 * Where each column of a layout sits in a file's header, matched on the header text or an alias, ignoring
 * spaces and full-width/half-width differences. Missing value columns are errors, and so are two columns that match
 * one column of the layout; unknown headers are warnings.
 */
public final class HeaderMapping {

    private final Map<SourceField, Integer> fields = new EnumMap<>(SourceField.class);
    private final Map<ValueColumn, Integer> values = new HashMap<>();
    private final List<String> header;
    private int[] labelColumns = new int[0];
    /** Columns named in an AMBIGUOUS_COLUMN problem: not also called unknown. */
    private final Set<Integer> ambiguous = new HashSet<>();

    private HeaderMapping(List<String> header) {
        this.header = header;
    }

    public static HeaderMapping of(SourceLayout layout, List<String> header, long headerRow, String file,
                            List<Problem> problems) {
        HeaderMapping mapping = new HeaderMapping(header);
        Map<String, List<Integer>> positions = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            positions.computeIfAbsent(normalize(header.get(i)), k -> new ArrayList<>()).add(i);
            String bare = normalize(HeaderUnits.withoutUnit(header.get(i)));
            if (!bare.equals(normalize(header.get(i)))) {
                positions.computeIfAbsent(bare, k -> new ArrayList<>()).add(i);
            }
        }
        Set<Integer> used = new HashSet<>();
        layout.fields().forEach((field, spec) -> mapping.find(positions, spec, headerRow, file, problems).ifPresent(
                i -> {
                    mapping.fields.put(field, i);
                    used.add(i);
                }));
        for (ValueColumn column : layout.values()) {
            OptionalInt index = mapping.find(positions, column.column(), headerRow, file, problems);
            if (index.isPresent()) {
                mapping.values.put(column, index.getAsInt());
                used.add(index.getAsInt());
            } else if (!column.mayBeAbsent()) {
                problems.add(new Problem(ProblemCode.MISSING_COLUMN, file, headerRow, column.header(), null,
                        Messages.text("problem.required-column-aliases", column.aliases())));
            }
        }
        requireField(mapping, layout, SourceField.INDICATOR_CODE, headerRow, file, problems);
        requireField(mapping, layout, SourceField.STATUS, headerRow, file, problems);
        requireField(mapping, layout, SourceField.ELEMENT, headerRow, file, problems);
        requireField(mapping, layout, SourceField.VALUE, headerRow, file, problems);
        if (!mapping.fields.containsKey(SourceField.REGION_CODE) && !mapping.fields.containsKey(SourceField.REGION_NAME)) {
            String expected = layout.field(SourceField.REGION_CODE).or(() -> layout.field(SourceField.REGION_NAME))
                    .map(ColumnSpec::header).orElse("地区");
            problems.add(new Problem(ProblemCode.MISSING_COLUMN, file, headerRow, expected, null,
                    Messages.text("problem.no-region-column")));
        }
        for (int i = 0; i < header.size(); i++) {
            if (!used.contains(i) && !mapping.ambiguous.contains(i) && !header.get(i).isBlank()) {
                problems.add(new Problem(ProblemCode.EXTRA_COLUMN, file, headerRow, header.get(i), null,
                        Messages.text("problem.extra-column", layout.id())));
            }
        }
        mapping.labelColumns = Stream.of(SourceField.REGION_CODE, SourceField.REGION_NAME)
                .map(mapping.fields::get).filter(Objects::nonNull).mapToInt(Integer::intValue).toArray();
        return mapping;
    }

    private static void requireField(HeaderMapping mapping, SourceLayout layout, SourceField field, long headerRow,
                                     String file, List<Problem> problems) {
        layout.field(field).filter(spec -> !mapping.fields.containsKey(field)).ifPresent(spec -> problems.add(
                new Problem(ProblemCode.MISSING_COLUMN, file, headerRow, spec.header(), null,
                        Messages.text("problem.required-column"))));
    }

    /**
     * The one column of the header that the spec names, by its header or an alias. Two such columns (an old column
     * and its correction beside it) are refused: choosing one would load figures nobody chose.
     */
    private OptionalInt find(Map<String, List<Integer>> positions, ColumnSpec spec, long headerRow, String file,
                             List<Problem> problems) {
        List<Integer> found = spec.names().stream().map(HeaderMapping::normalize).distinct()
                .filter(positions::containsKey).flatMap(name -> positions.get(name).stream()).distinct().sorted()
                .toList();
        if (found.size() > 1) {
            ambiguous.addAll(found);
            String columns = found.stream().map(i -> ColumnNames.describe(i, header.get(i)))
                    .collect(Collectors.joining(", "));
            problems.add(new Problem(ProblemCode.AMBIGUOUS_COLUMN, file, headerRow, spec.header(), null,
                    Messages.text("problem.ambiguous-column", columns, found.size())));
        }
        return found.isEmpty() ? OptionalInt.empty() : OptionalInt.of(found.get(0));
    }

    /**
     * The text a header cell is matched on: as it is, or without a trailing unit in brackets (在园幼儿数（万人）) when
     * only that is one of the layout's names.
     */
    static String matchKey(String cell, Set<String> names) {
        String key = normalize(cell);
        if (names.contains(key)) {
            return key;
        }
        return normalize(HeaderUnits.withoutUnit(cell));
    }

    /** Header text as compared: no spaces, half-width brackets and dashes. */
    public static String normalize(String text) {
        return text.replace('（', '(').replace('）', ')').replace('－', '-').replace('—', '-')
                .replaceAll("[\\s\\u3000\\u00A0\\u202F\\u200B-\\u200D\\u2060\\uFEFF]", "");
    }

    /** The columns whose text names a row (region code, then name), in the order a row's label is looked for. */
    int[] labelColumns() {
        return labelColumns;
    }

    public OptionalInt field(SourceField field) {
        Integer index = fields.get(field);
        return index == null ? OptionalInt.empty() : OptionalInt.of(index);
    }

    /** The layout as this file carries it: without the optional value columns the file leaves out. */
    public SourceLayout carried(SourceLayout layout) {
        return layout.values().stream().allMatch(values::containsKey) ? layout
                : layout.withValues(layout.values().stream().filter(values::containsKey).toList());
    }

    public int value(ValueColumn column) {
        return values.get(column);
    }

    /** Whether the column holds figures: a value column of a wide layout, or the value column of a long one. */
    public boolean holdsFigures(int column) {
        return values.containsValue(column) || Integer.valueOf(column).equals(fields.get(SourceField.VALUE));
    }

    /**
     * A row with a non-blank cell past the last column of the header: in a CSV an unquoted thousands comma (6,443)
     * splits one figure in two and shifts every cell after it, so no cell of the row can be trusted; in a workbook
     * it is a figure under no header. Either way nothing of the row is loaded in silence.
     */
    public Optional<Problem> cellsPastHeader(ExportRow row, String file) {
        // Blank header cells at the end (a CSV saved from a sheet formatted further right: "…,高等教育在学总规模,,")
        // are no columns: a cell shifted under them is as lost as one past the header.
        int width = header.size();
        while (width > 0 && header.get(width - 1).isBlank()) {
            width--;
        }
        int last = row.cells().size() - 1;
        while (last >= width && row.cell(last).isEmpty()) {
            last--;
        }
        if (last < width) {
            return Optional.empty();
        }
        int first = width;
        while (row.cell(first).isEmpty()) {
            first++;
        }
        return Optional.of(new Problem(ProblemCode.CELLS_PAST_HEADER, file, row.number(),
                ColumnNames.describe(first, null), row.cell(first), Messages.text("problem.cells-past-header", last + 1, width)));
    }

    public String headerAt(int index) {
        return header.get(index);
    }
}
