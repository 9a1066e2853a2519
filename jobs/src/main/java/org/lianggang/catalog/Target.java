package org.lianggang.catalog;

import java.util.List;

/**
 * A plan target: comparator and value(s) in the indicator's unit, plus the plan's own wording. Qualitative
 * indicators carry only the text. {@code tolerance} (optional, in the indicator's unit) is how far a value may miss
 * the target and still count as 基本实现, as NBS counted a 孕产妇死亡率 of 20.1 against ≤20/10万.
 */
public record Target(String op, List<Double> value, String text, Double tolerance) {

    public Target {
        value = value == null ? List.of() : List.copyOf(value);
    }

    public Double low() {
        return value.isEmpty() ? null : value.get(0);
    }

    public Double high() {
        return value.isEmpty() ? null : value.get(value.size() - 1);
    }

    public boolean numeric() {
        return op != null && !value.isEmpty();
    }
}
