package org.lianggang.ingest.map.header;

import org.lianggang.Messages;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lianggang.catalog.DataElement;
import org.lianggang.catalog.SourceLayout;
import org.lianggang.catalog.ValueColumn;
import org.lianggang.ingest.map.value.ValueParser;
import org.lianggang.ingest.problem.Problem;
import org.lianggang.ingest.problem.ProblemCode;
import org.lianggang.ingest.read.row.ExportRow;

/**
 * The unit each value column of a wide file is written in. The file's own words come first: a header's trailing
 * （万人）, else a title row's 单位：万人 for every column whose element it fits (a 单位：人 table keeps its % columns in
 * %); then the layout's {@code unit}, then the element's. A declared unit that contradicts the layout's, a header
 * unit that does not fit the element, or two different 单位 above the header refuse the file: a figure is never
 * stored in a unit the clerk did not write. A title's unit that would change a figure (万人, %) but does not fit some
 * columns is not applied there, and one UNIT_NOT_APPLIED warning names those columns: the clerk may have meant 万户.
 */
public final class ColumnUnits {

    private final Map<ValueColumn, String> units = new HashMap<>();

    private ColumnUnits() {
    }

    public static ColumnUnits of(SourceLayout layout, HeaderMapping mapping, List<ExportRow> above,
                          Map<String, DataElement> elements, String file, long headerRow, List<Problem> problems) {
        ColumnUnits result = new ColumnUnits();
        List<HeaderUnits.Declared> declared = HeaderUnits.declaredAbove(above);
        if (conflicting(declared, file, problems)) {
            return result;
        }
        Optional<HeaderUnits.Declared> title = declared.stream().findFirst();
        List<String> notApplied = new ArrayList<>();
        for (ValueColumn column : layout.values()) {
            DataElement element = elements.get(column.element());
            String layoutUnit = column.unit() != null ? column.unit() : element.unit();
            String header = mapping.headerAt(mapping.value(column));
            Optional<String> inHeader = HeaderUnits.unitOf(header);
            String unit = layoutUnit;
            if (inHeader.isPresent()) {
                unit = inHeader.get();
                if (!ValueParser.unitsFit(unit, element.unit()) || column.unit() != null
                        && !ValueParser.sameUnit(unit, column.unit())) {
                    problems.add(new Problem(ProblemCode.UNIT_MISMATCH, file, headerRow, header, header,
                            Messages.text("problem.header-unit-mismatch", unit, layoutUnit)));
                }
            } else if (title.isPresent() && ValueParser.unitsFit(title.get().unit(), element.unit())) {
                unit = title.get().unit();
                if (column.unit() != null && !ValueParser.sameUnit(unit, column.unit())) {
                    problems.add(new Problem(ProblemCode.UNIT_MISMATCH, file, title.get().row(), header,
                            title.get().cell(), Messages.text("problem.title-unit-mismatch", title.get().cell(),
                                    layoutUnit)));
                }
            } else if (title.isPresent() && ValueParser.scales(title.get().unit())) {
                notApplied.add(header + "（" + layoutUnit + "）");
            }
            result.units.put(column, unit);
        }
        if (!notApplied.isEmpty()) {
            problems.add(notApplied(title.get(), "", notApplied, file));
        }
        return result;
    }

    /**
     * The warning that a declared unit (标题行的 单位：万人, or 数值（万人） in a long file) was not applied to the
     * columns or elements it does not fit, which are read in their own units, listed as {@code 名称（单位）}.
     */
    public static Problem notApplied(HeaderUnits.Declared declared, String column, Collection<String> others, String file) {
        return new Problem(ProblemCode.UNIT_NOT_APPLIED, file, declared.row(), column, declared.cell(),
                Messages.text("problem.unit-not-applied", declared.unit(), String.join("、", others)));
    }

    /**
     * The one unit a long file declares for its value column (数值（万人）, else 单位：万人 above the header), where it
     * is written, applied to each row's element where it fits; null when none. Two different 单位 above the header refuse the file.
     */
    public static HeaderUnits.Declared declaredForLong(HeaderMapping mapping, int valueColumn, long headerRow,
                                                List<ExportRow> above, String file, List<Problem> problems) {
        Optional<String> inHeader = valueColumn < 0 ? Optional.empty()
                : HeaderUnits.unitOf(mapping.headerAt(valueColumn));
        if (inHeader.isPresent()) {
            return new HeaderUnits.Declared(headerRow, mapping.headerAt(valueColumn), inHeader.get());
        }
        List<HeaderUnits.Declared> declared = HeaderUnits.declaredAbove(above);
        return conflicting(declared, file, problems) || declared.isEmpty() ? null : declared.get(0);
    }

    private static boolean conflicting(List<HeaderUnits.Declared> declared, String file, List<Problem> problems) {
        for (HeaderUnits.Declared other : declared) {
            if (!ValueParser.sameUnit(other.unit(), declared.get(0).unit())) {
                problems.add(new Problem(ProblemCode.UNIT_MISMATCH, file, other.row(), "", other.cell(),
                        Messages.text("problem.two-title-units", declared.get(0).cell(), other.cell())));
                return true;
            }
        }
        return false;
    }

    /** The unit the column's cells are written in. */
    public String unit(ValueColumn column) {
        return units.get(column);
    }
}
