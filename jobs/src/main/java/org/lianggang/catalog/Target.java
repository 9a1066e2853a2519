package org.lianggang.catalog;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A plan target: comparator and value(s) in the indicator's unit, plus the plan's own wording. Qualitative
 * indicators carry only the text. {@code tolerance} (optional, in the indicator's unit) is how far a value may miss
 * the target and still count as 基本实现, as NBS counted a 孕产妇死亡率 of 20.1 against ≤20/10万.
 * {@code baselineChange} (percent) states a target relative to each region's own baseline value instead of a value:
 * 儿童伤害死亡率以2020年为基数下降20% is {@code op: "<=", baseline_change: -20}.
 * {@code verified: false} marks a target the sources at hand do not confirm (it may be wrong; reports show the mark);
 * left out, a target is verified. {@code interim} holds the targets of years before the target year, by year
 * (the 2025 中期 yardstick: 孕产妇死亡率 ≤14.5/10万 by 2025, ≤12 by 2030).
 */
public record Target(String op, List<Double> value, String text, Double tolerance, Double baselineChange,
                     Boolean verified, Map<Integer, Target> interim) {

    public Target {
        value = value == null ? List.of() : List.copyOf(value);
        interim = interim == null ? Map.of() : new TreeMap<>(interim);
    }

    public Double low() {
        return value.isEmpty() ? null : value.get(0);
    }

    public Double high() {
        return value.isEmpty() ? null : value.get(value.size() - 1);
    }

    /** A comparator with a value, or with a change against the baseline. */
    public boolean numeric() {
        return op != null && (!value.isEmpty() || baselineChange != null);
    }

    /** Whether the sources confirm the target: true unless the catalog says {@code verified: false}. */
    public boolean confirmed() {
        return !Boolean.FALSE.equals(verified);
    }
}
