package org.lianggang.catalog;

import java.util.List;

/**
 * A plan target: comparator and value(s) in the indicator's unit, plus the plan's own wording. Qualitative
 * indicators carry only the text.
 */
public record Target(String op, List<Double> value, String text) {

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
