package org.lianggang.catalog;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * What a department reports (数据项), e.g. 活产数. Additive elements are counts that may be summed over
 * counties; the others (rates, ratios, years) are only ever read for the region that reported them.
 * {@code range} is an optional {@code [min, max]} (inclusive, in the element's unit) that a reported value must lie
 * in: declared for values whose plausible span is known (a life expectancy, a rate in %), never for counts.
 * {@code whole} says the element counts persons or things, so a value must be a whole number (0.5 maternal deaths
 * is a typo or a figure from another column); left out, it follows from the unit ({@code count_units} of the
 * element files: 人, 个, 次 …; those of every file apply to all elements). {@code definition} (指标解释: what exactly
 * is counted) and {@code sourceForm} (the department's statistical form that carries it, e.g. 卫统42表) are for
 * people: the fill-in templates' 填报说明 and the data dictionary show them.
 */
public record DataElement(@JsonProperty(required = true) String code, @JsonProperty(required = true) String name,
                          @JsonProperty(required = true) String unit, boolean additive, List<Double> range,
                          Boolean whole, String sourceForm, String definition) {

    /** How far from an integer a stored count may lie: the rounding of 8.33 万人 × 10000, never a person. */
    private static final double WHOLE_TOLERANCE = 1e-6;

    public DataElement {
        range = range == null ? null : List.copyOf(range);
    }

    /** This element with {@code whole} decided: as declared, else whether its unit is one of the count units. */
    DataElement countingIn(List<String> countUnits) {
        return whole != null ? this : new DataElement(code, name, unit, additive, range,
                countUnits.contains(unit), sourceForm, definition);
    }

    /** Whether values must be whole numbers: persons, cases, households, institutions. */
    public boolean countsWhole() {
        return Boolean.TRUE.equals(whole);
    }

    /** Whether the value may be stored for this element: any value, or a whole number for a count. */
    public boolean wholeEnough(double value) {
        return !countsWhole() || Math.abs(value - Math.rint(value)) <= WHOLE_TOLERANCE;
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
