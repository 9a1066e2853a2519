package org.lianggang.ingest;

/**
 * A value cell after parsing: a number, a reported missing value (blank or a placeholder such as — or 无), or
 * text that is not a number.
 */
record ParsedCell(Double value, boolean numeric, String missingReason) {

    static ParsedCell number(double value) {
        return new ParsedCell(value, true, null);
    }

    static ParsedCell missing(String reason) {
        return new ParsedCell(null, true, reason);
    }

    static ParsedCell notANumber() {
        return new ParsedCell(null, false, null);
    }
}
