package org.lianggang.demo;

import java.util.List;
import java.util.Map;

/**
 * What the sample data should look like (one YAML under {@code schemas/demo/}): magnitudes of the base elements,
 * the city path of every quantitative indicator, and the assessment outcome of qualitative ones. {@code urbanShares}
 * gives, per element, the share of each county's total its 城市 column carries (the 农村 column the rest, so the two
 * add up to the total); an export column of an element without a share stays empty.
 */
public record DemoScenario(long seed, YearRange years, Integer pivotYear, List<String> sources, Map<String, Magnitude> elements,
                           Map<String, IndicatorPath> indicators, Outcomes qualitative, Double femaleShare,
                           Map<String, Double> urbanShares) {

    public DemoScenario {
        femaleShare = femaleShare == null ? 0.48 : femaleShare;
        urbanShares = urbanShares == null ? Map.of() : Map.copyOf(urbanShares);
        pivotYear = pivotYear == null ? years.to() - 1 : pivotYear;
    }

    /** First and last report year generated. */
    public record YearRange(int from, int to) {
    }

    /** A base element per county: uniform in [min, max] in the first year, then × (1 + trend) each year. */
    public record Magnitude(double min, double max, double trend) {
    }

    /**
     * The city value of an indicator: linear from {@code from} in the first year to {@code to} in the pivot year
     * ({@code pivot_year}, 2019 for the seed report), continuing the line after it; only in {@code years} when given.
     */
    public record IndicatorPath(double from, double to, List<Integer> years) {
    }

    /** Qualitative indicators assessed 未达标 or 无数据; every other one is 达标. */
    public record Outcomes(List<String> unmet, List<String> noData) {

        public Outcomes {
            unmet = unmet == null ? List.of() : List.copyOf(unmet);
            noData = noData == null ? List.of() : List.copyOf(noData);
        }
    }
}
