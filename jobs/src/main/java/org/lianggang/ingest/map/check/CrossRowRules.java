package org.lianggang.ingest.map.check;

import org.lianggang.Messages;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.lianggang.catalog.ElementRef;
import org.lianggang.catalog.ValidationRule;
import org.lianggang.ingest.map.value.Figures;
import org.lianggang.ingest.problem.Problem;
import org.lianggang.ingest.problem.ProblemCode;

/**
 * The catalog's validation rules (catalog/validation-rules.yaml) in a long file, where a rule's two sides are two rows
 * of one region (实查 and 应查, 女 and 合计): the rules the wide layout checks within a row, checked across rows. Only
 * figures of a side some rule names are kept, per region, so memory is bounded by the regions and the rules, not by
 * the file. The row that completes a pair is checked when it is read; a broken rule refuses it as RULE_VIOLATED with
 * the wide layout's message, naming the other row, whose figure was read before.
 */
public final class CrossRowRules {

    /** A figure kept for a later row: its row, how the file names it, its value in the element's unit. */
    private record Side(long row, String label, double value) {
    }

    private final Map<ElementRef, List<ValidationRule>> rulesBySide = new HashMap<>();
    private final Map<String, Map<ElementRef, Side>> seen = new HashMap<>();
    private final String file;
    private final String valueHeader;

    public CrossRowRules(List<ValidationRule> rules, String file, String valueHeader) {
        this.file = file;
        this.valueHeader = valueHeader;
        for (ValidationRule rule : rules) {
            rulesBySide.computeIfAbsent(rule.left(), k -> new ArrayList<>()).add(rule);
            rulesBySide.computeIfAbsent(rule.right(), k -> new ArrayList<>()).add(rule);
        }
    }

    /** Whether some rule names this figure: only then is a row's figure kept and checked. */
    public boolean names(ElementRef ref) {
        return rulesBySide.containsKey(ref);
    }

    /**
     * Keeps a row's figure if a rule names it, and adds a RULE_VIOLATED problem, on this row's value cell, for each
     * rule it breaks with a figure of the same region read before.
     *
     * @param cell  the value cell as written
     * @param label how the row names its figure (the element, sex and area cells as written)
     */
    public void check(long row, String cell, String region, ElementRef ref, String label, double value,
               List<Problem> problems) {
        List<ValidationRule> rules = rulesBySide.get(ref);
        if (rules == null) {
            return;
        }
        Map<ElementRef, Side> sides = seen.computeIfAbsent(region, k -> new HashMap<>());
        sides.putIfAbsent(ref, new Side(row, label, value));
        for (ValidationRule rule : rules) {
            boolean isLeft = rule.left().equals(ref);
            Side other = sides.get(isLeft ? rule.right() : rule.left());
            if (other == null || other.row() == row) {
                continue;
            }
            double left = isLeft ? value : other.value();
            double right = isLeft ? other.value() : value;
            if (rule.comparison().test(left, right)) {
                continue;
            }
            String otherText = Messages.text("problem.other-row", other.row(), other.label(),
                    Figures.plain(other.value()));
            String message = isLeft ? RowRules.explain(rule, Figures.plain(value), otherText)
                    : RowRules.explain(rule, otherText, Figures.plain(value));
            problems.add(new Problem(ProblemCode.RULE_VIOLATED, file, row, valueHeader, cell, message));
        }
    }
}
