package org.lianggang.catalog;

import java.util.function.BiPredicate;

/**
 * A check between two elements of the same row, declared in {@code catalog/validation-rules.yaml} like a DHIS2
 * validation rule: {@code left op right}, e.g. 妇女常见病实查人数 ≤ 应查人数. A rule is checked only where a file
 * carries both sides in one row and both are reported; it is never derived from an indicator, since some ratios
 * legitimately exceed 100% (a gross enrolment ratio, a 巩固率 with in-migration).
 *
 * @param id      a short name, e.g. {@code screened_not_above_due}
 * @param message what the clerk reads, in Chinese
 */
public record ValidationRule(String id, ElementRef left, String op, ElementRef right, String message) {

    /** The comparison {@code op} names, or null when it names none of {@code <=, <, >=, >, ==}. */
    public BiPredicate<Double, Double> comparison() {
        return switch (op == null ? "" : op) {
            case "<=" -> (a, b) -> a <= b;
            case "<" -> (a, b) -> a < b;
            case ">=" -> (a, b) -> a >= b;
            case ">" -> (a, b) -> a > b;
            case "==" -> (a, b) -> a.doubleValue() == b.doubleValue();
            default -> null;
        };
    }
}
