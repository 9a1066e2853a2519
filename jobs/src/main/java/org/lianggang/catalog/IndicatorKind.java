package org.lianggang.catalog;

import com.fasterxml.jackson.annotation.JsonProperty;

/** 量化 (computed from data against a numeric target) or 非量化 (judged by assessment). */
public enum IndicatorKind {
    @JsonProperty("quantitative") QUANTITATIVE,
    @JsonProperty("qualitative") QUALITATIVE;

    public String code() {
        return name().toLowerCase();
    }
}
