package org.lianggang.catalog;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A value column of a department export and the element (with disaggregation) it reports. {@code unit} is the unit
 * the column's cells are written in when it differs from the element's (e.g. 万人 for an element counted in 人).
 * {@code optional: true} marks a column an export may leave out (the 城市/农村 columns some counties' 妇幼卫生年报 do
 * not carry): a file without it loads, and its values are then simply not there.
 */
public record ValueColumn(@JsonProperty(required = true) String header, List<String> aliases,
                          @JsonProperty(required = true) String element, String sex, String area,
                          String ageGroup, String unit, Boolean optional) {

    public ValueColumn {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        sex = sex == null ? "T" : sex;
        area = area == null ? "total" : area;
    }

    /** Whether an export may leave the column out. */
    public boolean mayBeAbsent() {
        return Boolean.TRUE.equals(optional);
    }

    public ColumnSpec column() {
        return new ColumnSpec(header, aliases);
    }
}
