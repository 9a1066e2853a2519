package org.lianggang.catalog;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Cross-file consistency of a loaded catalog; all problems are reported together, one per line. */
final class CatalogCheck {

    private final Catalog catalog;
    private final List<String> problems = new ArrayList<>();

    CatalogCheck(Catalog catalog) {
        this.catalog = catalog;
    }

    void verify() {
        catalog.plans().forEach(this::checkPlan);
        catalog.sources().values().forEach(this::checkSource);
        catalog.elements().values().forEach(this::checkRange);
        Set<String> ruleIds = new HashSet<>();
        catalog.validationRules().forEach(rule -> checkRule(rule, ruleIds));
        if (!problems.isEmpty()) {
            throw new CatalogException("schemas/ is inconsistent:\n  " + String.join("\n  ", problems));
        }
    }

    private void checkPlan(Plan plan) {
        Set<String> codes = new HashSet<>();
        plan.indicators().forEach(indicator -> {
            String where = plan.code() + " " + indicator.code();
            if (!codes.add(indicator.code())) {
                problems.add(where + ": indicator code used twice");
            }
            if (indicator.kind() == null) {
                problems.add(where + ": kind must be quantitative or qualitative");
            } else if (indicator.quantitative()) {
                checkQuantitative(where, indicator);
            }
        });
    }

    private void checkQuantitative(String where, Indicator indicator) {
        Computation computation = indicator.computation();
        if (computation == null || computation.method() == null) {
            problems.add(where + ": a quantitative indicator needs computation.method (ratio, reported or count)");
            return;
        }
        switch (computation.method()) {
            case RATIO -> {
                if (computation.numerator() == null || computation.denominator() == null) {
                    problems.add(where + ": ratio needs numerator and denominator");
                }
            }
            case REPORTED, COUNT -> {
                if (computation.element() == null) {
                    problems.add(where + ": " + computation.method().code() + " needs element");
                }
            }
        }
        computation.references().forEach(ref -> checkElement(where, ref.element()));
        if (computation.method() == ComputationMethod.COUNT && computation.element() != null
                && catalog.elements().containsKey(computation.element().element())
                && !catalog.elements().get(computation.element().element()).additive()) {
            problems.add(where + ": count over a non-additive element " + computation.element().element());
        }
        Target target = indicator.target();
        if (target == null || !target.numeric()) {
            problems.add(where + ": a quantitative indicator needs target.op and target.value");
        } else if (!Set.of(">=", "<=", ">", "<", "between").contains(target.op())) {
            problems.add(where + ": target.op must be one of >=, <=, >, <, between");
        } else if (target.op().equals("between") && target.value().size() != 2) {
            problems.add(where + ": target between needs value [low, high]");
        }
    }

    private void checkSource(SourceLayout layout) {
        String where = "source " + layout.id();
        if (layout.table() == null) {
            problems.add(where + ": table must be data_value or assessment");
            return;
        }
        if (layout.field(SourceField.REGION_CODE).isEmpty() && layout.field(SourceField.REGION_NAME).isEmpty()) {
            problems.add(where + ": needs a region_code or region_name field");
        }
        if (layout.table() == SourceTable.ASSESSMENT) {
            if (layout.field(SourceField.INDICATOR_CODE).isEmpty() || layout.field(SourceField.STATUS).isEmpty()) {
                problems.add(where + ": an assessment layout needs indicator_code and status fields");
            }
            if (layout.statusValues().isEmpty()) {
                problems.add(where + ": an assessment layout needs status_values");
            }
        } else if (layout.shape() == LayoutShape.LONG) {
            checkLong(where, layout);
        } else if (layout.values().isEmpty()) {
            problems.add(where + ": a data_value layout needs values");
        }
        layout.values().forEach(v -> checkElement(where + " column " + v.header(), v.element()));
    }

    private void checkLong(String where, SourceLayout layout) {
        if (layout.field(SourceField.ELEMENT).isEmpty() || layout.field(SourceField.VALUE).isEmpty()) {
            problems.add(where + ": a long layout needs element and value fields");
        }
        if (!layout.values().isEmpty()) {
            problems.add(where + ": a long layout names its elements in the rows, not in values");
        }
        layout.sexValues().forEach((word, code) -> {
            if (!Set.of("T", "F", "M").contains(code)) {
                problems.add(where + ": sex_values maps " + word + " to " + code + "; use T, F or M");
            }
        });
        layout.areaValues().forEach((word, code) -> {
            if (!Set.of("total", "urban", "rural").contains(code)) {
                problems.add(where + ": area_values maps " + word + " to " + code + "; use total, urban or rural");
            }
        });
    }

    private void checkRange(DataElement element) {
        List<Double> range = element.range();
        if (range != null && (range.size() != 2 || range.get(0) > range.get(1))) {
            problems.add("element " + element.code() + ": range must be [min, max] with min <= max, not " + range);
        }
    }

    private void checkRule(ValidationRule rule, Set<String> ids) {
        String where = "validation rule " + rule.id();
        if (rule.id() == null || !ids.add(rule.id())) {
            problems.add(where + ": needs an id used once");
        }
        if (rule.left() == null || rule.right() == null || rule.message() == null) {
            problems.add(where + ": needs left, right and message");
            return;
        }
        if (rule.comparison() == null) {
            problems.add(where + ": op must be one of <=, <, >=, >, ==");
        }
        checkElement(where, rule.left().element());
        checkElement(where, rule.right().element());
    }

    private void checkElement(String where, String element) {
        if (!catalog.elements().containsKey(element)) {
            problems.add(where + ": unknown element " + element + " (add it to catalog/elements.yaml)");
        }
    }
}
