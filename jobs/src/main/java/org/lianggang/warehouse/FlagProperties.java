package org.lianggang.warehouse;

import java.util.Map;
import java.util.TreeMap;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The value flags' settings ({@code lianggang.flags.*} in application.yml), applied by {@code 95_report_flag.sql}.
 *
 * @param cautionMinDenominator E (慎用): a ratio indicator's value whose denominator is below this is flagged; the key
 *                              is an indicator code (W1.01), which wins, or a unit (1/10万, ‰, %). Default: one event
 *                              moves the rate by 5 of its units or more (1/10万: 20000, 1/万: 2000, ‰: 200, %: 20)
 */
@ConfigurationProperties("lianggang.flags")
public record FlagProperties(Map<String, Double> cautionMinDenominator) {

    /** One event changes a rate by {@code factor / denominator}: below {@code factor / 5} that is 5 units or more. */
    static final Map<String, Double> DEFAULT_CAUTION = Map.of("1/10万", 20000.0, "1/万", 2000.0, "‰", 200.0,
            "%", 20.0);

    public FlagProperties {
        cautionMinDenominator = new TreeMap<>(cautionMinDenominator == null || cautionMinDenominator.isEmpty()
                ? DEFAULT_CAUTION : cautionMinDenominator);
        cautionMinDenominator.forEach((key, min) -> {
            if (key.contains("=") || min == null || min < 0) {
                throw new IllegalArgumentException("lianggang.flags.caution-min-denominator." + key
                        + " 须为不小于 0 的数 · must be a number ≥ 0 keyed by a unit or an indicator code, not " + min);
            }
        });
    }
}
