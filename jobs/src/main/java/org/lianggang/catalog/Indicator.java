package org.lianggang.catalog;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A monitoring indicator (指标). Quantitative indicators are computed from data elements and held against a
 * numeric target; qualitative ones are judged 达标/未达标 by the 妇儿工委办 assessment.
 */
public record Indicator(@JsonProperty(required = true) String code, @JsonProperty(required = true) String name,
                        String unit, IndicatorKind kind, Computation computation,
                        Target target, ChangeStyle changeStyle, List<String> departments) {

    public Indicator {
        departments = departments == null ? List.of() : List.copyOf(departments);
        if (changeStyle == null) {
            changeStyle = ChangeStyle.defaultFor(unit);
        }
    }

    public boolean quantitative() {
        return kind == IndicatorKind.QUANTITATIVE;
    }
}
