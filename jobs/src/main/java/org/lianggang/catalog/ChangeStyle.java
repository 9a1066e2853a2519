package org.lianggang.catalog;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * How a change of the indicator is worded: in the rate's own points (百分点, 个千分点) or as a relative change in
 * percent. Rates default to points, counts and amounts to percent; the catalog can override per indicator
 * (NBS words 孕产妇死亡率 changes relatively: 比上年降低6.6%).
 */
public enum ChangeStyle {
    @JsonProperty("points") POINTS,
    @JsonProperty("percent") PERCENT;

    static ChangeStyle defaultFor(String unit) {
        return unit != null && (unit.equals("%") || unit.equals("‰") || unit.startsWith("1/")) ? POINTS : PERCENT;
    }

    public String code() {
        return name().toLowerCase();
    }
}
