package org.lianggang.catalog;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * How a data_value export lays out its values. {@code wide}: one row per region, one value column per element
 * (the department's own form). {@code long}: one row per region × element × disaggregation, with the element,
 * sex, area, age group and value in columns of their own (DHIS2's dataValueSet CSV), so one file may carry any
 * elements.
 */
public enum LayoutShape {
    @JsonProperty("wide") WIDE,
    @JsonProperty("long") LONG
}
