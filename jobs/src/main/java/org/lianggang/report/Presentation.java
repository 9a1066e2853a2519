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
        return value == null ? "—" : rounded(value).toPlainString();
    }

    public String percent(Double value) {
        return value == null ? "—" : number(value) + "%";
    }

    /** The value as the report prints it. Exports store this, so a truncating bureau's 84.61 is what Excel shows. */
    public BigDecimal rounded(double value) {
        return BigDecimal.valueOf(value).setScale(decimals, mode);
    }

    /** The Excel number format that shows the configured decimals: {@code #,##0.00} for 2. */
    public String excelFormat() {
        return decimals <= 0 ? "#,##0" : "#,##0." + "0".repeat(decimals);
    }
}
