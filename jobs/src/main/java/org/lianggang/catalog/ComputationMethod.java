package org.lianggang.catalog;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How a quantitative indicator's value is obtained from data elements. */
public enum ComputationMethod {
    /** numerator / denominator × factor; a city sums counties' numerators and denominators first. */
    @JsonProperty("ratio") RATIO,
    /** the department reports the value itself (a sex ratio, a life expectancy); never summed. */
    @JsonProperty("reported") REPORTED,
    /** the sum of one additive element over the region's counties. */
    @JsonProperty("count") COUNT;

    public String code() {
        return name().toLowerCase();
    }
}
