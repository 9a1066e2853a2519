package org.lianggang.catalog;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Optional;

/**
 * A dimension an indicator is monitored by beside its headline (合计) row: {@code sex} (女 F, 男 M) or {@code area}
 * (城市 urban, 农村 rural). Each value is a row of its own, computed from the same elements restricted to that value;
 * the rows of one dimension are not crossed with another's (女·农村 is not a row).
 */
public enum Breakdown {
    @JsonProperty("sex") SEX("sex", "T", List.of("F", "M")),
    @JsonProperty("area") AREA("area", "total", List.of("urban", "rural"));

    private final String code;
    private final String total;
    private final List<String> rowValues;

    Breakdown(String code, String total, List<String> values) {
        this.code = code;
        this.total = total;
        this.rowValues = values;
    }

    public String code() {
        return code;
    }

    /** The value of the headline row on this dimension: T, total. */
    public String total() {
        return total;
    }

    /** The values of the breakdown rows, in the order reports list them. */
    public List<String> rowValues() {
        return rowValues;
    }

    /** The value an element reference fixes on this dimension (its sex, or its area). */
    public String of(ElementRef ref) {
        return this == SEX ? ref.sex() : ref.area();
    }

    /** The dimension whose breakdown rows include {@code value} (F → sex, rural → area). */
    public static Optional<Breakdown> ofValue(String value) {
        for (Breakdown b : values()) {
            if (b.rowValues.contains(value)) {
                return Optional.of(b);
            }
        }
        return Optional.empty();
    }
}
