package org.lianggang.catalog;

import org.lianggang.Messages;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Cross-file consistency of a loaded catalog; all problems are reported together, one per line, each placed at the
 * key it concerns ({@code file:line:column}), with the nearest known name where one is misspelt.
 */
final class CatalogCheck {

    /** A problem before it is placed: the file and the JSON pointer of the key it concerns. */
    private record Finding(Path file, String pointer, String message) {
    }

    private final Catalog catalog;
    private final CatalogFiles files;
    private final List<Finding> findings = new ArrayList<>();
    private final Map<Path, YamlLocations> locations = new HashMap<>();

    CatalogCheck(Catalog catalog, CatalogFiles files) {
        this.catalog = catalog;
        this.files = files;
    }

    void verify() {
        PlanCheck plans = new PlanCheck(catalog, files, this);
        catalog.plans().forEach(plans::check);
        catalog.sources().values().forEach(this::checkSource);
        catalog.elements().values().forEach(this::checkRange);
        for (int k = 0; k < catalog.validationRules().size(); k++) {
            checkRule(catalog.validationRules().get(k), files.rules().get(k));
        }
        if (!findings.isEmpty()) {
            throw new CatalogException(findings.stream().map(f -> {
                YamlLocations.Position at = locations.computeIfAbsent(f.file(), YamlLocations::of).find(f.pointer());
                return new CatalogProblem(f.file(), at.line(), at.column(), f.message());
            }).toList());
        }
    }

    /** {@code file:line:column} of a pointer, as a message names another place. */
    String where(Path file, String pointer) {
        YamlLocations.Position at = locations.computeIfAbsent(file, YamlLocations::of).find(pointer);
        return new CatalogProblem(file, at.line(), at.column(), "").where();
    }

    void add(Path file, String pointer, String chinese, String english) {
        findings.add(new Finding(file, pointer, Messages.pick(chinese, english)));
    }

    private void checkSource(SourceLayout layout) {
        Path file = files.sources().get(layout.id());
        String where = "source " + layout.id();
        if (layout.table() == null) {
            add(file, "/table", where + "：table 须为 data_value 或 assessment",
                    where + ": table must be data_value or assessment");
            return;
        }
        if (layout.field(SourceField.REGION_CODE).isEmpty() && layout.field(SourceField.REGION_NAME).isEmpty()) {
            add(file, "/fields", where + "：需要 region_code 或 region_name 字段",
                    where + ": needs a region_code or region_name field");
        }
        if (layout.table() == SourceTable.ASSESSMENT) {
            if (layout.field(SourceField.INDICATOR_CODE).isEmpty() || layout.field(SourceField.STATUS).isEmpty()) {
                add(file, "/fields", where + "：评估格式需要 indicator_code 和 status 字段",
                        where + ": an assessment layout needs indicator_code and status fields");
            }
            if (layout.statusValues().isEmpty()) {
                add(file, "/status_values", where + "：评估格式需要 status_values",
                        where + ": an assessment layout needs status_values");
            }
        } else if (layout.shape() == LayoutShape.LONG) {
            checkLong(file, where, layout);
        } else if (layout.values().isEmpty()) {
            add(file, "/values", where + "：data_value 格式需要 values", where + ": a data_value layout needs values");
        }
        for (int k = 0; k < layout.values().size(); k++) {
            ValueColumn column = layout.values().get(k);
            checkElement(file, "/values/" + k + "/element", where + " column " + column.header(), column.element());
        }
    }

    private void checkLong(Path file, String where, SourceLayout layout) {
        if (layout.field(SourceField.ELEMENT).isEmpty() || layout.field(SourceField.VALUE).isEmpty()) {
            add(file, "/fields", where + "：长表需要 element 和 value 字段",
                    where + ": a long layout needs element and value fields");
        }
        if (!layout.values().isEmpty()) {
            add(file, "/values", where + "：长表在行中写数据项，不用 values",
                    where + ": a long layout names its elements in the rows, not in values");
        }
        layout.sexValues().forEach((word, code) -> {
            if (!Set.of("T", "F", "M").contains(code)) {
                add(file, "/sex_values/" + word, where + "：sex_values 把 " + word + " 映射为 " + code + "，应为 T、F 或 M",
                        where + ": sex_values maps " + word + " to " + code + "; use T, F or M");
            }
        });
        layout.areaValues().forEach((word, code) -> {
            if (!Set.of("total", "urban", "rural").contains(code)) {
                add(file, "/area_values/" + word, where + "：area_values 把 " + word + " 映射为 " + code
                        + "，应为 total、urban 或 rural",
                        where + ": area_values maps " + word + " to " + code + "; use total, urban or rural");
            }
        });
    }

    private void checkRange(DataElement element) {
        List<Double> range = element.range();
        if (range != null && (range.size() != 2 || range.get(0) > range.get(1))) {
            CatalogParts.Place place = files.elements().get(element.code());
            add(place.file(), place.pointer() + "/range",
                    "数据项 " + element.code() + "：range 须为 [最小值, 最大值] 且最小值 ≤ 最大值，而不是 " + range,
                    "element " + element.code() + ": range must be [min, max] with min <= max, not " + range);
        }
    }

    /** A rule id written twice is found as the files are read ({@link CatalogParts}). */
    private void checkRule(ValidationRule rule, CatalogParts.Place place) {
        Path file = place.file();
        String pointer = place.pointer();
        String where = "validation rule " + rule.id();
        if (rule.id() == null) {
            add(file, pointer + "/id", where + "：需要只用一次的 id", where + ": needs an id used once");
        }
        if (rule.left() == null || rule.right() == null || rule.message() == null) {
            add(file, pointer, where + "：需要 left、right 和 message", where + ": needs left, right and message");
            return;
        }
        if (rule.comparison() == null) {
            add(file, pointer + "/op", where + "：op 须为 <=、<、>=、> 或 ==",
                    where + ": op must be one of <=, <, >=, >, ==");
        }
        checkElement(file, pointer + "/left/element", where, rule.left().element());
        checkElement(file, pointer + "/right/element", where, rule.right().element());
    }

    void checkElement(Path file, String pointer, String where, String element) {
        if (!catalog.elements().containsKey(element)) {
            findings.add(new Finding(file, pointer, NearNames.message(
                    where + "：未知数据项 " + element + "（请在 catalog/elements.yaml 中添加）",
                    where + ": unknown element " + element + " (add it to catalog/elements.yaml)",
                    element, catalog.elements().keySet())));
        }
    }
}
