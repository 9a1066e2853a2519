package org.lianggang.catalog;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The lake table a source's rows become: element values, or assessments of qualitative indicators. */
public enum SourceTable {
    @JsonProperty("data_value") DATA_VALUE,
    @JsonProperty("assessment") ASSESSMENT;

    public String tableName() {
        return name().toLowerCase();
    }
}
