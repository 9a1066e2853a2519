package org.lianggang.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.lianggang.catalog.DataElement;
import org.lianggang.catalog.Region;
import org.lianggang.catalog.RegionLevel;
import org.lianggang.catalog.SourceLayout;
import org.lianggang.catalog.ValueColumn;
import org.lianggang.lake.DataValue;

/**
 * Maps a county row of a department export to one {@link DataValue} per value column of the layout. The city's
 * own row is stored too (it carries the values that are never summed) and, like a 合计 row, its counts are held
 * against the sum of the county rows.
 */
final class DataValueMapper implements RowMapper<DataValue> {

    private final SourceLayout layout;
    private final HeaderMapping mapping;
    private final RegionColumns regions;
    private final Map<String, DataElement> elements;
    private final LoadContext load;
    private final TotalsCheck totals;
    private final Set<String> seenRegions = new HashSet<>();

    DataValueMapper(SourceLayout layout, HeaderMapping mapping, RegionColumns regions,
                    Map<String, DataElement> elements, LoadContext load) {
        this.layout = layout;
        this.mapping = mapping;
        this.regions = regions;
        this.elements = elements;
        this.load = load;
        this.totals = new TotalsCheck(load.fileName());
    }

    @Override
    public void map(ExportRow row, List<Problem> problems, Consumer<DataValue> out) {
        int before = problems.size();
        boolean yearOk = regions.yearMatches(row, problems);
        Region region = regions.resolve(row, problems).orElse(null);
        if (region != null && !seenRegions.add(region.code())) {
            problems.add(new Problem(ProblemCode.DUPLICATE_REGION, load.fileName(), row.number(), "", region.name(),
                    "region already has a row in this file"));
        }
        List<DataValue> values = new ArrayList<>(layout.values().size());
        Map<ValueColumn, Double> additive = new HashMap<>();
        for (ValueColumn column : layout.values()) {
            ParsedCell cell = parse(row, column, problems);
            if (region != null) {
                values.add(new DataValue(load.year(), region.code(), column.element(), column.sex(), column.area(),
                        column.ageGroup(), cell.value(), cell.missingReason(), load.source(), load.sha256(),
                        row.number(), load.loadedAt()));
            }
            if (elements.get(column.element()).additive()) {
                additive.put(column, cell.value());
            }
        }
        if (region != null && region.level() == RegionLevel.CITY) {
            totals.total(row.number(), additive);
        } else if (region != null) {
            totals.countyRow();
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
        totals.total(row.number(), additive);
    }

    @Override
    public void finish(List<Problem> problems) {
        totals.finish(mapping, problems);
    }

    private ParsedCell parse(ExportRow row, ValueColumn column, List<Problem> problems) {
        int index = mapping.value(column);
        String text = row.cell(index);
        String unit = column.unit() != null ? column.unit() : elements.get(column.element()).unit();
        ParsedCell cell = ValueParser.parse(text, unit, layout.missingCodes());
        if (cell.unitMismatch()) {
            problems.add(new Problem(ProblemCode.UNIT_MISMATCH, load.fileName(), row.number(),
                    mapping.headerAt(index), text, cell.unitProblem()));
            return cell;
        }
        if (!cell.numeric()) {
            problems.add(new Problem(ProblemCode.NOT_A_NUMBER, load.fileName(), row.number(),
                    mapping.headerAt(index), text, "not a number"));
            return cell;
        }
        if (cell.value() != null && cell.value() < 0 && elements.get(column.element()).additive()) {
            problems.add(new Problem(ProblemCode.NEGATIVE_COUNT, load.fileName(), row.number(),
                    mapping.headerAt(index), text, "a count cannot be negative"));
        }
        return cell;
    }
}
