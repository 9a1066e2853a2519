package org.lianggang.catalog;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How one department's export maps onto the lake (one YAML under {@code schemas/sources/}): its fixed fields
 * (region, year, …), its value columns and, for assessment exports, the words it uses for each status.
 * {@code encoding} and {@code sheet} (of a workbook) are optional; {@code missingCodes} are cell values that the
 * department's form uses for "missing, with a reason", e.g. the 妇幼卫生年报's -2 for 未开展工作.
 * {@code rejectThreshold} is how many rejected rows a file may have and still load its other rows: a count
 * ("10") or a share ("5%"); none by default. {@code shape} is wide (one value column per element, the default) or
 * long (element, sex, area, age group and value in columns); a long layout's {@code sexValues} and
 * {@code areaValues} map the words of its sex and area cells to the lake's codes (女 → F, 城镇 → urban).
 */
public record SourceLayout(String id, String name, String department, SourceTable table, String period,
                           String example, String encoding, String sheet, Map<SourceField, ColumnSpec> fields,
                           List<ValueColumn> values, Map<String, String> statusValues,
                           Map<String, String> missingCodes, String rejectThreshold, LayoutShape shape,
                           Map<String, String> sexValues, Map<String, String> areaValues) {

    public SourceLayout {
        missingCodes = missingCodes == null ? Map.of() : Map.copyOf(missingCodes);
        fields = Map.copyOf(fields);
        values = values == null ? List.of() : List.copyOf(values);
        // In the YAML's order, which messages list them in: Map.copyOf's order changes from run to run.
        statusValues = statusValues == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(statusValues));
        shape = shape == null ? LayoutShape.WIDE : shape;
        sexValues = sexValues == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(sexValues));
        areaValues = areaValues == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(areaValues));
    }

    /** The same layout with only {@code present} of its value columns (those one file carries). */
    public SourceLayout withValues(List<ValueColumn> present) {
        return new SourceLayout(id, name, department, table, period, example, encoding, sheet, fields, present,
                statusValues, missingCodes, rejectThreshold, shape, sexValues, areaValues);
    }

    public Optional<ColumnSpec> field(SourceField field) {
        return Optional.ofNullable(fields.get(field));
    }
}
