package org.lianggang.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Rounds stored full-precision figures for print: 2 decimals half-up by default, or truncated (mode DOWN) for
 * bureaus that print 22/26 as 84.61%. Rounds from the decimal value of the double, so 84.615384… truncates to
 * 84.61 and rounds to 84.62.
 */
public record Presentation(int decimals, RoundingMode mode) {

    public String number(Double value) {
        return value == null ? "—" : BigDecimal.valueOf(value).setScale(decimals, mode).toPlainString();
    }

    public String percent(Double value) {
        return value == null ? "—" : number(value) + "%";
    }
}
