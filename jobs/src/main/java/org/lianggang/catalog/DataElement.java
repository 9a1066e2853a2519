package org.lianggang.catalog;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * What a department reports (数据项), e.g. 活产数. Additive elements are counts that may be summed over
 * counties; the others (rates, ratios, years) are only ever read for the region that reported them.
 * {@code range} is an optional {@code [min, max]} (inclusive, in the element's unit) that a reported value must lie
 * in: declared for values whose plausible span is known (a life expectancy, a rate in %), never for counts.
 */
public record DataElement(@JsonProperty(required = true) String code, @JsonProperty(required = true) String name,
                          @JsonProperty(required = true) String unit, boolean additive, List<Double> range) {

    public DataElement {
        range = range == null ? null : List.copyOf(range);
    }

    /** Whether the value lies in the declared range; always true when none is declared. */
    public boolean inRange(double value) {
        return range == null || value >= range.get(0) && value <= range.get(1);
    }
}
