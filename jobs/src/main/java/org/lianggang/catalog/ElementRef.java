package org.lianggang.catalog;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.Map;

/**
 * A data element with its disaggregation, as used in a formula: written {@code live_births} or
 * {@code {element: employed_persons, sex: F}}. Sex defaults to T (total), area to total, age group to none.
 */
public record ElementRef(String element, String sex, String area, String ageGroup) {

    public ElementRef {
        sex = sex == null ? "T" : sex;
        area = area == null ? "total" : area;
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static ElementRef parse(Object yaml) {
        if (yaml instanceof String code) {
            return new ElementRef(code, null, null, null);
        }
        if (yaml instanceof Map<?, ?> map && map.get("element") instanceof String code) {
            return new ElementRef(code, text(map.get("sex")), text(map.get("area")), text(map.get("age_group")));
        }
        throw new IllegalArgumentException("an element reference is a code or {element, sex, area, age_group}: " + yaml);
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
