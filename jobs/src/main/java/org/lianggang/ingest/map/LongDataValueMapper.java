package org.lianggang.ingest.map;

import org.lianggang.Messages;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.lianggang.catalog.DataElement;
import org.lianggang.catalog.ElementRef;
import org.lianggang.catalog.Region;
import org.lianggang.catalog.Regions;
import org.lianggang.catalog.SourceField;
import org.lianggang.catalog.SourceLayout;
import org.lianggang.catalog.ValidationRule;
import org.lianggang.ingest.map.check.CellChecks;
import org.lianggang.ingest.map.check.CrossRowRules;
import org.lianggang.ingest.map.check.SeenKeys;
import org.lianggang.ingest.map.check.TotalsCheck;
import org.lianggang.ingest.map.header.ColumnUnits;
import org.lianggang.ingest.map.header.HeaderMapping;
import org.lianggang.ingest.map.header.HeaderUnits;
import org.lianggang.ingest.map.header.RowKind;
import org.lianggang.ingest.map.value.ParsedCell;
import org.lianggang.ingest.map.value.PlainNumber;
import org.lianggang.ingest.map.value.ValueParser;
import org.lianggang.ingest.problem.Problem;
import org.lianggang.ingest.problem.ProblemCode;
import org.lianggang.ingest.read.row.ExportRow;
import org.lianggang.lake.DataValue;

/**
 * Maps a row of a long export (one row per region × element × sex × area × age group, like DHIS2's dataValueSet
 * CSV) to one {@link DataValue}. The element cell holds the element's code or its Chinese name; sex and area cells
 * are read through the layout's {@code sex_values} / {@code area_values} (blank: total). A key given twice is a
 * DUPLICATE_KEY, found in the same pass with memory bounded by the catalog ({@link SeenKeys}). As in the wide
 * layout, 合计 rows and the city's own row are held against the sum of the county rows, figure by figure
 * ({@link TotalsCheck}), and the catalog's validation rules hold between the rows of one region
 * ({@link CrossRowRules}).
 */
public final class LongDataValueMapper implements RowMapper<DataValue> {

    private static final int DISTINCT_AGE_GROUPS = 64;

    private final SourceLayout layout;
    private final HeaderMapping mapping;
    private final RegionColumns regions;
    private final LoadContext load;
    private final Map<String, DataElement> elementsByText = new HashMap<>();
    private final SeenKeys seen;
    private final TotalsCheck<ElementRef> totals;
    private final CrossRowRules rules;
    private final List<String> ageGroups = new ArrayList<>();
    private final int elementColumn;
    private final int sexColumn;
    private final int areaColumn;
    private final int ageGroupColumn;
    private final int valueColumn;
    /** The unit the file declares for its values (数值（万人）, 单位：万人), or null: applied to the elements it fits. */
    private final String declaredUnit;
    private final HeaderUnits.Declared declared;
    /** The elements, as 名称（单位）, whose rows the declared unit was not applied to, since it would not fit. */
    private final Set<String> unitNotApplied = new LinkedHashSet<>();
    // The previous row's element and its cell: a long export gives an element's rows together (one per age group
    // or sex), and the reader hands the same String for the same cell text, so an identity test finds most repeats.
    private String lastElementText;
    private DataElement lastElement;

    public LongDataValueMapper(SourceLayout layout, HeaderMapping mapping, HeaderUnits.Declared declared,
                        RegionColumns regions, Regions allRegions, Map<String, DataElement> elements,
                        List<ValidationRule> rules, LoadContext load) {
        this.layout = layout;
        this.declared = declared;
        this.declaredUnit = declared == null ? null : declared.unit();
        this.mapping = mapping;
        this.regions = regions;
        this.load = load;
        elements.values().forEach(e -> {
            elementsByText.putIfAbsent(HeaderMapping.normalize(e.name()), e);
            elementsByText.putIfAbsent(e.name(), e);
        });
        elements.values().forEach(e -> elementsByText.put(e.code(), e));
        this.seen = new SeenKeys(allRegions.all().stream().map(Region::code).toList(), List.copyOf(elements.keySet()));
        this.elementColumn = mapping.field(SourceField.ELEMENT).orElse(-1);
        this.sexColumn = mapping.field(SourceField.SEX).orElse(-1);
        this.areaColumn = mapping.field(SourceField.AREA).orElse(-1);
        this.ageGroupColumn = mapping.field(SourceField.AGE_GROUP).orElse(-1);
        this.valueColumn = mapping.field(SourceField.VALUE).orElse(-1);
        String valueHeader = mapping.headerAt(valueColumn);
        this.totals = new TotalsCheck<>(load.fileName(), ref -> valueHeader);
        this.rules = new CrossRowRules(rules, load.fileName(), valueHeader);
    }

    @Override
    public void map(ExportRow row, List<Problem> problems, Consumer<DataValue> out) {
        int before = problems.size();
        boolean yearOk = regions.yearMatches(row, problems);
        Region region = regions.resolve(row, problems).orElse(null);
        DataElement element = element(row, problems);
        String sex = category(row, sexColumn, layout.sexValues(), "T", problems);
        String area = category(row, areaColumn, layout.areaValues(), "total", problems);
        String ageGroup = ageGroup(row);
        ParsedCell cell = element == null ? null : value(row, element, problems);
        if (region != null && element != null && sex != null && area != null
                && !seen.add(region.code(), element.code(), sex, area, ageGroup)) {
            problems.add(new Problem(ProblemCode.DUPLICATE_KEY, load.fileName(), row.number(),
                    mapping.headerAt(elementColumn), row.cell(elementColumn), Messages.text("problem.duplicate-long-key",
                    region.name())));
        }
        if (region != null && element != null && sex != null && area != null) {
            ElementRef ref = new ElementRef(element.code(), sex, area, ageGroup);
            if (element.additive() && regions.isTotal(region)) {
                totals.total(row.number(), Collections.singletonMap(ref, cell.value()));
            } else if (element.additive() && regions.addsIntoTotal(region)) {
                totals.county(ref, cell.value());
            }
            if (yearOk && problems.size() == before && cell.value() != null && rules.names(ref)) {
                rules.check(row.number(), row.cell(valueColumn), region.code(), ref, label(row), cell.value(),
                        problems);
            }
        }
        if (yearOk && problems.size() == before) {
            out.accept(new DataValue(load.year(), region.code(), element.code(), sex, area, ageGroup, cell.value(),
                    cell.missingReason(), load.source(), load.sha256(), row.number(), load.loadedAt()));
        }
    }

    /** A 合计, 小计 or 城区合计 row: its one figure, if additive, held against the county rows of its element. */
    @Override
    public void total(ExportRow row, List<Problem> problems) {
        DataElement element = element(row, problems);
        String sex = category(row, sexColumn, layout.sexValues(), "T", problems);
        String area = category(row, areaColumn, layout.areaValues(), "total", problems);
        if (element == null || sex == null || area == null || !element.additive()) {
            return;
        }
        Map<ElementRef, Double> value = Collections.singletonMap(
                new ElementRef(element.code(), sex, area, ageGroup(row)), value(row, element, problems).value());
        if (RowKind.subtotal(row, mapping)) {
            totals.subtotal(row.number(), value);
        } else if (RowKind.namesPart(row, mapping)) {
            totals.partTotal(row.number(), value);
        } else {
            totals.total(row.number(), value);
        }
    }

    @Override
    public void finish(List<Problem> problems) {
        totals.finish(problems);
        if (!unitNotApplied.isEmpty()) {
            problems.add(ColumnUnits.notApplied(declared, mapping.headerAt(valueColumn), unitNotApplied,
                    load.fileName()));
        }
    }

    /** The row's element, sex and area cells as written: how a rule's message names the row's figure. */
    private String label(ExportRow row) {
        StringBuilder label = new StringBuilder(row.cell(elementColumn));
        for (int column : new int[] {sexColumn, areaColumn, ageGroupColumn}) {
            if (column >= 0 && !row.cell(column).isEmpty()) {
                label.append(' ').append(row.cell(column));
            }
        }
        return label.toString();
    }

    /** One instance per distinct age group: the lake's writer then finds its bytes without hashing the text. */
    private String ageGroup(ExportRow row) {
        String text = ageGroupColumn < 0 ? "" : row.cell(ageGroupColumn);
        if (text.isEmpty()) {
            return null;
        }
        int known = ageGroups.indexOf(text);
        if (known >= 0) {
            return ageGroups.get(known);
        }
        if (ageGroups.size() < DISTINCT_AGE_GROUPS) {
            ageGroups.add(text);
        }
        return text;
    }

    private DataElement element(ExportRow row, List<Problem> problems) {
        String text = row.cell(elementColumn);
        if (text == lastElementText) {
            return lastElement;
        }
        DataElement element = elementsByText.get(text);
        if (element == null) {
            element = elementsByText.get(HeaderMapping.normalize(text));
        }
        if (element == null) {
            problems.add(new Problem(ProblemCode.UNKNOWN_ELEMENT, load.fileName(), row.number(),
                    mapping.headerAt(elementColumn), text, Messages.text("problem.unknown-element")));
        } else {
            lastElementText = text;
            lastElement = element;
        }
        return element;
    }

    /** The lake code of a sex or area cell: blank is the total, else the layout's word for it, or the code itself. */
    private String category(ExportRow row, int column, Map<String, String> words, String total,
                            List<Problem> problems) {
        String text = column < 0 ? "" : row.cell(column);
        if (text.isEmpty()) {
            return total;
        }
        String code = words.get(text);
        if (code == null && words.containsValue(text)) {
            code = text;
        }
        if (code == null) {
            problems.add(new Problem(ProblemCode.UNKNOWN_DISAGGREGATION, load.fileName(), row.number(),
                    mapping.headerAt(column), text, Messages.text("problem.must-be-one-of", words.keySet())));
        }
        return code;
    }

    private ParsedCell value(ExportRow row, DataElement element, List<Problem> problems) {
        String text = row.cell(valueColumn);
        // Most cells of a machine-written export are plain numbers: read them without the general parser's
        // normalising, regular expressions and BigDecimal (same result), unless the form defines missing codes.
        boolean declared = declaredUnit != null && ValueParser.unitsFit(declaredUnit, element.unit());
        if (declaredUnit != null && !declared && ValueParser.scales(declaredUnit)) {
            unitNotApplied.add(element.name() + "（" + element.unit() + "）");
        }
        ParsedCell cell = layout.missingCodes().isEmpty() && !declared && PlainNumber.is(text)
                ? ParsedCell.number(PlainNumber.value(text))
                : ValueParser.parse(text, declared ? declaredUnit : element.unit(), element.unit(),
                        layout.missingCodes());
        Problem problem = CellChecks.problem(cell, element, load.fileName(), row.number(),
                mapping.headerAt(valueColumn), text);
        if (problem != null) {
            problems.add(problem);
        }
        return cell;
    }
}
