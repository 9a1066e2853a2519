package org.lianggang.catalog;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The part of {@link CatalogCheck} that concerns plans: codes used once, each indicator's kind, computation and
 * target, placed where its file writes it; for a plan that extends another, only what its own file adds or replaces.
 */
final class PlanCheck {

    private final Catalog catalog;
    private final CatalogFiles files;
    private final CatalogCheck findings;

    PlanCheck(Catalog catalog, CatalogFiles files, CatalogCheck findings) {
        this.catalog = catalog;
        this.files = files;
        this.findings = findings;
    }

    void check(Plan plan) {
        if (plan.parent() != null) {
            checkChanges(plan, files.planFiles().get(plan.code()));
            return;
        }
        Path file = files.plans().get(plan.code());
        Map<String, CatalogParts.Place> codes = new HashMap<>();
        Map<String, CatalogParts.Place> goalCodes = new HashMap<>();
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
                checkGoalCode(plan, new CatalogParts.Place(file, goalBase), goal, goalCodes);
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
        PlanPlaces places = new PlanPlaces(files);
        Map<String, CatalogParts.Place> codes = places.indicators(parent.code());
        written.drop().forEach(codes::remove);
        // a parent's goal whose indicators this plan all drops is not in it
        Map<String, CatalogParts.Place> goalCodes = places.goals(parent.code());
        goalCodes.keySet().retainAll(parent.domains().stream().flatMap(d -> d.goals().stream()).map(Goal::code)
                .toList());
        for (int k = 0; k < written.add().size(); k++) {
            PlanFile.Addition addition = written.add().get(k);
            checkIndicators(plan, file, "/add/" + k, addition.indicators(), codes);
            for (int g = 0; g < addition.goals().size(); g++) {
                Goal goal = addition.goals().get(g);
                String goalBase = "/add/" + k + "/goals/" + g;
                checkGoalCode(plan, new CatalogParts.Place(file, goalBase), goal, goalCodes);
                checkIndicators(plan, file, goalBase, goal.indicators(), codes);
            }
        }
        plan.indicators().filter(i -> written.targets().containsKey(i.code()) && i.quantitative())
                .forEach(i -> checkTarget(new Located(file, "/targets/" + i.code(), plan.code() + " " + i.code()),
                        i.target(), ""));
    }

    private void checkGoalCode(Plan plan, CatalogParts.Place at, Goal goal, Map<String, CatalogParts.Place> codes) {
        CatalogParts.Place earlier = codes.putIfAbsent(goal.code(), at);
        if (earlier != null) {
            String where = findings.where(earlier.file(), earlier.pointer() + "/code");
            add(at.file(), at.pointer() + "/code", plan.code() + " " + goal.code() + "：目标代码重复，亦见于 " + where,
                    plan.code() + " " + goal.code() + ": goal code used twice; also at " + where);
        }
    }

    private void checkIndicators(Plan plan, Path file, String base, List<Indicator> indicators,
                                 Map<String, CatalogParts.Place> codes) {
        for (int i = 0; i < indicators.size(); i++) {
            Indicator indicator = indicators.get(i);
            Located at = new Located(file, base + "/indicators/" + i, plan.code() + " " + indicator.code());
            CatalogParts.Place earlier = codes.putIfAbsent(indicator.code(), new CatalogParts.Place(file, at.base()));
            if (earlier != null) {
                String where = findings.where(earlier.file(), earlier.pointer() + "/code");
                add(file, at.pointer("/code"), at.where() + "：指标代码重复，亦见于 " + where,
                        at.where() + ": indicator code used twice; also at " + where);
            }
            if (indicator.kind() == null) {
                add(file, at.pointer("/kind"), at.where() + "：kind 须为 quantitative 或 qualitative",
                        at.where() + ": kind must be quantitative or qualitative");
            } else if (indicator.quantitative()) {
                checkQuantitative(at, indicator);
            }
            checkBreakdowns(at, indicator);
        }
    }

    /**
     * Breakdowns (分城乡, 分性别) are rows of a quantitative indicator on a dimension its computation leaves open: a
     * numerator of women only ({@code sex: F}) has no 男 row. A breakdown target names a value of a declared breakdown.
     */
    private void checkBreakdowns(Located at, Indicator indicator) {
        if (indicator.breakdowns().isEmpty() && indicator.breakdownTargets().isEmpty()) {
            return;
        }
        if (indicator.kind() != null && !indicator.quantitative()) {
            add(at.file(), at.pointer("/breakdowns"), at.where() + "：非量化指标不能分组监测（breakdowns）",
                    at.where() + ": a qualitative indicator has no breakdowns");
            return;
        }
        for (int b = 0; b < indicator.breakdowns().size(); b++) {
            Breakdown breakdown = indicator.breakdowns().get(b);
            String pointer = at.pointer("/breakdowns/" + b);
            if (indicator.breakdowns().indexOf(breakdown) != b) {
                add(at.file(), pointer, at.where() + "：分组 " + breakdown.code() + " 重复",
                        at.where() + ": breakdown " + breakdown.code() + " given twice");
            } else {
                checkOpen(at, pointer, indicator.computation(), breakdown);
            }
        }
        indicator.breakdownTargets().forEach((value, target) -> {
            String key = "/breakdown_targets/" + value;
            if (Breakdown.ofValue(value).filter(indicator.breakdowns()::contains).isPresent()) {
                checkTarget(at, target, key);
                return;
            }
            add(at.file(), at.pointer(key), at.where() + "：breakdown_targets 的 " + value + " 不是所列分组（breakdowns: "
                    + codes(indicator) + "）的取值（sex: F、M；area: urban、rural）", at.where() + ": breakdown target "
                    + value + " is not a value of the breakdowns " + codes(indicator) + " (sex: F, M; area: urban, rural)");
        });
    }

    /** A breakdown needs its dimension open in every part: the first part that fixes it is the error. */
    private void checkOpen(Located at, String pointer, Computation computation, Breakdown breakdown) {
        if (computation == null) {
            return;
        }
        computation.references().filter(ref -> !breakdown.of(ref).equals(breakdown.total())).findFirst()
                .ifPresent(ref -> add(at.file(), pointer, at.where() + "：计算式已限定 " + breakdown.code() + ": "
                        + breakdown.of(ref) + "（" + ref.element() + "），不能再按 " + breakdown.code() + " 分组",
                        at.where() + ": the computation already fixes " + breakdown.code() + ": "
                                + breakdown.of(ref) + " (" + ref.element() + "), so it cannot be broken down by "
                                + breakdown.code()));
    }

    private static List<String> codes(Indicator indicator) {
        return indicator.breakdowns().stream().map(Breakdown::code).toList();
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

    private void add(Path file, String pointer, String chinese, String english) {
        findings.add(file, pointer, chinese, english);
    }

    private void checkElement(Path file, String pointer, String where, String element) {
        findings.checkElement(file, pointer, where, element);
    }
}
