package org.lianggang.catalog;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A monitoring indicator (指标). Quantitative indicators are computed from data elements and held against a
 * numeric target; qualitative ones are judged 达标/未达标 by the 妇儿工委办 assessment. {@code breakdowns} are the
 * dimensions a quantitative indicator is also monitored by (分城乡 {@code [area]}, 分性别 {@code [sex]}): each value
 * is a row beside the headline one; the target applies to the headline row, and to a breakdown row only where
 * {@code breakdown_targets} gives one for its value ({@code rural: {op: "<=", value: 25}}).
 */
public record Indicator(@JsonProperty(required = true) String code, @JsonProperty(required = true) String name,
                        String unit, IndicatorKind kind, Computation computation,
                        Target target, ChangeStyle changeStyle, List<String> departments,
                        List<Breakdown> breakdowns, Map<String, Target> breakdownTargets) {

    public Indicator {
        departments = departments == null ? List.of() : List.copyOf(departments);
        breakdowns = breakdowns == null ? List.of() : List.copyOf(breakdowns);
        breakdownTargets = breakdownTargets == null ? Map.of()
                : Collections.unmodifiableMap(new LinkedHashMap<>(breakdownTargets));
        if (changeStyle == null) {
            changeStyle = ChangeStyle.defaultFor(unit);
        }
    }

    /** The same indicator held against another (headline) target; its breakdowns and their targets kept. */
    public Indicator withTarget(Target replacement) {
        return new Indicator(code, name, unit, kind, computation, replacement, changeStyle, departments, breakdowns,
                breakdownTargets);
    }

    public boolean quantitative() {
        return kind == IndicatorKind.QUANTITATIVE;
    }
}
