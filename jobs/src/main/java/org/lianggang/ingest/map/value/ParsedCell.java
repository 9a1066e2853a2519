package org.lianggang.ingest.map.value;

/**
 * A value cell after parsing: a number (in the column's unit), a reported missing value (blank, a placeholder such
 * as — or 无, or one of the form's missing codes such as -2 未开展工作), text that is not a number, or a number whose
 * written unit contradicts the column's (98% in a 人 column).
 *
 * <p>{@code numeric()} is true for numbers and missing values and false both for text and for a unit mismatch, so a
 * caller that only looks at {@code numeric()} rejects a mismatched cell rather than storing it; check
 * {@link #unitMismatch()} first to report it as a unit problem, with {@link #unitProblem()} as the message.
 */
public record ParsedCell(Double value, boolean numeric, String missingReason, String unitProblem) {

    public static ParsedCell number(double value) {
        return new ParsedCell(value, true, null, null);
    }

    static ParsedCell missing(String reason) {
        return new ParsedCell(null, true, reason, null);
    }

    static ParsedCell notANumber() {
        return new ParsedCell(null, false, null, null);
    }

    static ParsedCell unitMismatch(String message) {
        return new ParsedCell(null, false, null, message);
    }

    /** True when the cell holds a number but its written unit does not fit the column. */
    public boolean unitMismatch() {
        return unitProblem != null;
    }
}
