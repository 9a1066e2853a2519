package org.lianggang.catalog;

import java.util.List;

/** A value column of a department export and the element (with disaggregation) it reports. */
public record ValueColumn(String header, List<String> aliases, String element, String sex, String area,
                          String ageGroup) {

    public ValueColumn {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        sex = sex == null ? "T" : sex;
        area = area == null ? "total" : area;
    }

    public ColumnSpec column() {
        return new ColumnSpec(header, aliases);
    }
}
