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

    /**
     * The largest magnitude a value may have, whatever its element: 10^15 persons (a hundred thousand times the
     * world's population) is no count anyone reports, doubles hold every integer up to it exactly, and the
     * warehouse's sums over counties and its rounding (DECIMAL(38, 9)) stay far from overflowing with it. A value
     * beyond it (5e300) is a typing or export error that would otherwise fail every later build.
     */
    public static final double LARGEST_MAGNITUDE = 1e15;

    /** Whether a value can be held at all: finite and at most {@link #LARGEST_MAGNITUDE} in absolute value. */
    public static boolean holdable(double value) {
        return Math.abs(value) <= LARGEST_MAGNITUDE;
    }

    /** Whether the value lies in the declared range; always true when none is declared. */
    public boolean inRange(double value) {
        return range == null || value >= range.get(0) && value <= range.get(1);
    }
}
