package org.lianggang.ingest.map.check;

import org.lianggang.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.lianggang.catalog.ElementRef;
import org.lianggang.catalog.SourceLayout;
import org.lianggang.catalog.ValidationRule;
import org.lianggang.catalog.ValueColumn;
import org.lianggang.ingest.map.header.HeaderMapping;
import org.lianggang.ingest.map.value.Figures;
import org.lianggang.ingest.problem.Problem;
import org.lianggang.ingest.problem.ProblemCode;
import org.lianggang.ingest.read.row.ExportRow;

/**
 * The catalog's validation rules (catalog/validation-rules.yaml) that one layout can check: those whose two sides
 * are both value columns of its rows. A rule whose side is missing in a row (blank, —, -2) is not checked there.
 */
public final class RowRules {

    private record Applicable(ValidationRule rule, ValueColumn left, ValueColumn right) {
    }

    private final List<Applicable> rules = new ArrayList<>();
    private final HeaderMapping mapping;
    private final String file;

    public RowRules(List<ValidationRule> catalogRules, SourceLayout layout, HeaderMapping mapping, String file) {
        this.mapping = mapping;
        this.file = file;
        for (ValidationRule rule : catalogRules) {
            column(layout, rule.left()).ifPresent(left -> column(layout, rule.right()).ifPresent(right ->
                    rules.add(new Applicable(rule, left, right))));
        }
    }

    /** Adds a RULE_VIOLATED problem, on the left side's cell, for each rule the row's values (element units) break. */
    public void check(ExportRow row, Map<ValueColumn, Double> values, List<Problem> problems) {
        for (Applicable applicable : rules) {
            Double left = values.get(applicable.left());
            Double right = values.get(applicable.right());
            if (left == null || right == null || applicable.rule().comparison().test(left, right)) {
                continue;
            }
            int leftIndex = mapping.value(applicable.left());
            ValidationRule rule = applicable.rule();
            problems.add(new Problem(ProblemCode.RULE_VIOLATED, file, row.number(), mapping.headerAt(leftIndex),
                    row.cell(leftIndex), explain(rule, Figures.plain(left),
                    mapping.headerAt(mapping.value(applicable.right())) + " " + Figures.plain(right))));
        }
    }

    /** The message of a broken rule: its words, then both sides as the file gives them and the rule's id. */
    static String explain(ValidationRule rule, String left, String right) {
        return Messages.text("problem.rule-violated", rule.message(), left, rule.op(), right, rule.id());
    }

    private static Optional<ValueColumn> column(SourceLayout layout, ElementRef ref) {
        return layout.values().stream().filter(v -> v.element().equals(ref.element())
                && v.sex().equals(ref.sex()) && v.area().equals(ref.area())
                && Objects.equals(v.ageGroup(), ref.ageGroup())).findFirst();
    }
}
