package org.lianggang.catalog;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Who issued a plan: the 国务院 (national), a 自治区/省 (region) or the city; where a target came from. */
public enum PlanLevel {
    @JsonProperty("national") NATIONAL,
    @JsonProperty("region") REGION,
    @JsonProperty("city") CITY;

    public String code() {
        return name().toLowerCase();
    }
}
