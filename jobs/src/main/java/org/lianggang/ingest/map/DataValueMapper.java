package org.lianggang.ingest.map;

import org.lianggang.Messages;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.lianggang.catalog.DataElement;
import org.lianggang.catalog.Region;
import org.lianggang.catalog.SourceLayout;
import org.lianggang.catalog.ValidationRule;
import org.lianggang.catalog.ValueColumn;
import org.lianggang.ingest.map.check.CellChecks;
import org.lianggang.ingest.map.check.RowRules;
import org.lianggang.ingest.map.check.TotalsCheck;
import org.lianggang.ingest.map.header.ColumnUnits;
import org.lianggang.ingest.map.header.HeaderMapping;
import org.lianggang.ingest.map.header.RowKind;
import org.lianggang.ingest.map.value.ParsedCell;
import org.lianggang.ingest.map.value.ValueParser;
import org.lianggang.ingest.problem.Problem;
import org.lianggang.ingest.problem.ProblemCode;
import org.lianggang.ingest.read.row.ExportRow;
import org.lianggang.lake.DataValue;

/**
 * Maps a county row of a department export to one {@link DataValue} per value column of the layout, each value in
 * its element's unit (the cells read in the unit the file declares, see {@link ColumnUnits}). The city's own row is stored too (it carries the values that are never summed) and, like a
 * 合计 row, its counts are held against the sum of the county rows. Values are checked against their element's
 * declared range and the catalog's validation rules between the elements of the row.
 */
public final class DataValueMapper implements RowMapper<DataValue> {

    private final SourceLayout layout;
    private final HeaderMapping mapping;
    private final ColumnUnits units;
    private final RegionColumns regions;
    private final Map<String, DataElement> elements;
    private final LoadContext load;
    private final TotalsCheck<ValueColumn> totals;
    private final RowRules rules;
    private final Set<String> seenRegions = new HashSet<>();

    public DataValueMapper(SourceLayout layout, HeaderMapping mapping, ColumnUnits units, RegionColumns regions,
                    Map<String, DataElement> elements, List<ValidationRule> rules, LoadContext load) {
        this.layout = layout;
        this.mapping = mapping;
        this.units = units;
        this.regions = regions;
        this.elements = elements;
        this.load = load;
        this.totals = new TotalsCheck<>(load.fileName(), column -> mapping.headerAt(mapping.value(column)));
        this.rules = new RowRules(rules, layout, mapping, load.fileName());
    }

    @Override
    public void map(ExportRow row, List<Problem> problems, Consumer<DataValue> out) {
        int before = problems.size();
        boolean yearOk = regions.yearMatches(row, problems);
        Region region = regions.resolve(row, problems).orElse(null);
        if (region != null && !seenRegions.add(region.code())) {
            problems.add(new Problem(ProblemCode.DUPLICATE_REGION, load.fileName(), row.number(), "", region.name(),
                    Messages.text("problem.duplicate-region")));
        }
        List<DataValue> values = new ArrayList<>(layout.values().size());
        Map<ValueColumn, Double> additive = new HashMap<>();
        Map<ValueColumn, Double> all = new HashMap<>();
        for (ValueColumn column : layout.values()) {
            ParsedCell cell = parse(row, column, problems);
            all.put(column, cell.value());
            if (region != null) {
                values.add(new DataValue(load.year(), region.code(), column.element(), column.sex(), column.area(),
                        column.ageGroup(), cell.value(), cell.missingReason(), load.source(), load.sha256(),
                        row.number(), load.loadedAt()));
            }
            if (elements.get(column.element()).additive()) {
                additive.put(column, cell.value());
            }
        }
        rules.check(row, all, problems);
        if (region != null && regions.isTotal(region)) {
            totals.total(row.number(), additive);
        } else if (region != null && regions.addsIntoTotal(region)) {
            additive.forEach(totals::county);
        }
        if (yearOk && problems.size() == before) {
            values.forEach(out);
        }
    }

    @Override
    public void total(ExportRow row, List<Problem> problems) {
        Map<ValueColumn, Double> additive = new HashMap<>();
        for (ValueColumn column : layout.values()) {
            if (elements.get(column.element()).additive()) {
                additive.put(column, parse(row, column, problems).value());
            }
        }
        if (RowKind.subtotal(row, mapping)) {
            totals.subtotal(row.number(), additive);
        } else if (RowKind.namesPart(row, mapping)) {
            totals.partTotal(row.number(), additive);
        } else {
            totals.total(row.number(), additive);
        }
    }

    @Override
    public void finish(List<Problem> problems) {
        totals.finish(problems);
    }

    private ParsedCell parse(ExportRow row, ValueColumn column, List<Problem> problems) {
        int index = mapping.value(column);
        String text = row.cell(index);
        DataElement element = elements.get(column.element());
        ParsedCell cell = ValueParser.parse(text, units.unit(column), element.unit(), layout.missingCodes());
        Problem problem = CellChecks.problem(cell, element, load.fileName(), row.number(), mapping.headerAt(index),
                text);
        if (problem != null) {
            problems.add(problem);
        }
        return cell;
    }
}
