package org.lianggang.catalog;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A value column of a department export and the element (with disaggregation) it reports. {@code unit} is the unit
 * the column's cells are written in when it differs from the element's (e.g. 万人 for an element counted in 人).
 */
public record ValueColumn(@JsonProperty(required = true) String header, List<String> aliases,
                          @JsonProperty(required = true) String element, String sex, String area,
                          String ageGroup, String unit) {

    public ValueColumn {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        sex = sex == null ? "T" : sex;
        area = area == null ? "total" : area;
    }

    public ColumnSpec column() {
        return new ColumnSpec(header, aliases);
    }
}
