package org.lianggang.catalog;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
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

    CatalogCheck(Catalog catalog, CatalogFiles files) {
        this.catalog = catalog;
        this.files = files;
    }

    void verify() {
        catalog.plans().forEach(this::checkPlan);
        catalog.sources().values().forEach(this::checkSource);
        catalog.elements().values().forEach(this::checkRange);
        Set<String> ruleIds = new HashSet<>();
        for (int k = 0; k < catalog.validationRules().size(); k++) {
            checkRule(catalog.validationRules().get(k), "/rules/" + k, ruleIds);
        }
        if (!findings.isEmpty()) {
            Map<Path, YamlLocations> locations = new HashMap<>();
            throw new CatalogException(findings.stream().map(f -> {
                YamlLocations.Position at = locations.computeIfAbsent(f.file(), YamlLocations::of).find(f.pointer());
                return new CatalogProblem(f.file(), at.line(), at.column(), f.message());
            }).toList());
        }
    }

    private void add(Path file, String pointer, String chinese, String english) {
        findings.add(new Finding(file, pointer, chinese + " · " + english));
    }

    private void checkPlan(Plan plan) {
        if (plan.parent() != null) {
            checkChanges(plan, files.planFiles().get(plan.code()));
            return;
        }
        Path file = files.plans().get(plan.code());
        Set<String> codes = new HashSet<>();
        Set<String> goalCodes = new HashSet<>();
        for (int d = 0; d < plan.domains().size(); d++) {
            Domain domain = plan.domains().get(d);
            String base = "/domains/" + d;
            if (domain.goals().isEmpty() && domain.indicators().isEmpty()) {
                add(file, base, plan.code() + " " + domain.name() + "：领域需要 goals 或 indicators",
                        plan.code() + " " + domain.name() + ": a domain needs goals or indicators");
            }
            for (int g = 0; g < domain.goals().size(); g++) {
                Goal goal = domain.goals().get(g);
                String goalBase = base + "/goals/" + g;
                if (!goalCodes.add(goal.code())) {
                    add(file, goalBase + "/code", plan.code() + " " + goal.code() + "：目标代码重复",
                            plan.code() + " " + goal.code() + ": goal code used twice");
                }
                checkIndicators(plan, file, goalBase, goal.indicators(), codes);
            }
            checkIndicators(plan, file, base, domain.indicators(), codes);
        }
    }

    /**
     * An extending plan: the indicators it adds (their codes new to the plan) and the targets it replaces, where its
     * file writes them; what it inherits unchanged was checked in the parent's file.
     */
    private void checkChanges(Plan plan, PlanFile written) {
        Path file = files.plans().get(plan.code());
        Plan parent = catalog.plan(plan.parent()).orElseThrow();
        Set<String> codes = new HashSet<>(parent.indicators().map(Indicator::code)
                .filter(c -> !written.drop().contains(c)).toList());
        Set<String> goalCodes = new HashSet<>(parent.domains().stream().flatMap(d -> d.goals().stream())
                .map(Goal::code).toList());
        for (int k = 0; k < written.add().size(); k++) {
            PlanFile.Addition addition = written.add().get(k);
            checkIndicators(plan, file, "/add/" + k, addition.indicators(), codes);
            for (int g = 0; g < addition.goals().size(); g++) {
                Goal goal = addition.goals().get(g);
                String goalBase = "/add/" + k + "/goals/" + g;
                if (!goalCodes.add(goal.code())) {
                    add(file, goalBase + "/code", plan.code() + " " + goal.code() + "：目标代码重复",
                            plan.code() + " " + goal.code() + ": goal code used twice");
                }
                checkIndicators(plan, file, goalBase, goal.indicators(), codes);
            }
        }
        plan.indicators().filter(i -> written.targets().containsKey(i.code()) && i.quantitative())
                .forEach(i -> checkTarget(new Located(file, "/targets/" + i.code(), plan.code() + " " + i.code()),
                        i.target(), ""));
    }

    private void checkIndicators(Plan plan, Path file, String base, List<Indicator> indicators, Set<String> codes) {
        for (int i = 0; i < indicators.size(); i++) {
            Indicator indicator = indicators.get(i);
            Located at = new Located(file, base + "/indicators/" + i, plan.code() + " " + indicator.code());
            if (!codes.add(indicator.code())) {
                add(file, at.pointer("/code"), at.where() + "：指标代码重复", at.where() + ": indicator code used twice");
            }
            if (indicator.kind() == null) {
                add(file, at.pointer("/kind"), at.where() + "：kind 须为 quantitative 或 qualitative",
                        at.where() + ": kind must be quantitative or qualitative");
            } else if (indicator.quantitative()) {
                checkQuantitative(at, indicator);
            }
        }
    }

    /** An indicator's file, the pointer of its entry and how messages name it ({@code women-2011-2020 W1.01}). */
    private record Located(Path file, String base, String where) {

        String pointer(String key) {
            return base + key;
        }
    }

    private void checkQuantitative(Located at, Indicator indicator) {
        Computation computation = indicator.computation();
        if (computation == null || computation.method() == null) {
            add(at.file(), at.pointer("/computation/method"),
                    at.where() + "：量化指标需要 computation.method（ratio、reported 或 count）",
                    at.where() + ": a quantitative indicator needs computation.method (ratio, reported or count)");
            return;
        }
        switch (computation.method()) {
            case RATIO -> {
                if (computation.numerator() == null || computation.denominator() == null) {
                    add(at.file(), at.pointer("/computation"), at.where() + "：ratio 需要 numerator 和 denominator",
                            at.where() + ": ratio needs numerator and denominator");
                }
            }
            case REPORTED, COUNT -> {
                if (computation.element() == null) {
                    add(at.file(), at.pointer("/computation"), at.where() + "：" + computation.method().code()
                            + " 需要 element", at.where() + ": " + computation.method().code() + " needs element");
                }
            }
        }
        checkReference(at, "numerator", computation.numerator());
        checkReference(at, "denominator", computation.denominator());
        checkReference(at, "element", computation.element());
        if (computation.method() == ComputationMethod.COUNT && computation.element() != null
                && catalog.elements().containsKey(computation.element().element())
                && !catalog.elements().get(computation.element().element()).additive()) {
            add(at.file(), at.pointer("/computation/element"), at.where() + "：count 不能用于不可加总的数据项 "
                    + computation.element().element(), at.where() + ": count over a non-additive element "
                    + computation.element().element());
        }
        checkTarget(at, indicator.target());
    }

    private void checkReference(Located at, String key, ElementRef reference) {
        if (reference != null) {
            checkElement(at.file(), at.pointer("/computation/" + key + "/element"), at.where(), reference.element());
        }
    }

    private void checkTarget(Located at, Target target) {
        checkTarget(at, target, "/target");
    }

    private void checkTarget(Located at, Target target, String key) {
        String pointer = at.pointer(key);
        if (target == null || !target.numeric()) {
            add(at.file(), pointer, at.where() + "：量化指标需要 target.op 和 target.value",
                    at.where() + ": a quantitative indicator needs target.op and target.value");
        } else if (!Set.of(">=", "<=", ">", "<", "between").contains(target.op())) {
            add(at.file(), pointer + "/op", at.where() + "：target.op 须为 >=、<=、>、< 或 between",
                    at.where() + ": target.op must be one of >=, <=, >, <, between");
        } else if (target.op().equals("between") && target.value().size() != 2) {
            add(at.file(), pointer + "/value", at.where() + "：between 需要 value [下限, 上限]",
                    at.where() + ": target between needs value [low, high]");
        }
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
            add(files.elements(), "/elements/" + files.elementCodes().indexOf(element.code()) + "/range",
                    "数据项 " + element.code() + "：range 须为 [最小值, 最大值] 且最小值 ≤ 最大值，而不是 " + range,
                    "element " + element.code() + ": range must be [min, max] with min <= max, not " + range);
        }
    }

    private void checkRule(ValidationRule rule, String pointer, Set<String> ids) {
        Path file = files.rules();
        String where = "validation rule " + rule.id();
        if (rule.id() == null || !ids.add(rule.id())) {
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

    private void checkElement(Path file, String pointer, String where, String element) {
        if (!catalog.elements().containsKey(element)) {
            findings.add(new Finding(file, pointer, NearNames.message(
                    where + "：未知数据项 " + element + "（请在 catalog/elements.yaml 中添加）",
                    where + ": unknown element " + element + " (add it to catalog/elements.yaml)",
                    element, catalog.elements().keySet())));
        }
    }
}
