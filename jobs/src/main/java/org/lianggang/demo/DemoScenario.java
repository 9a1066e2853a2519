package org.lianggang.demo;

import java.util.List;
import java.util.Map;

/**
 * What the sample data should look like (one YAML under {@code schemas/demo/}): magnitudes of the base elements,
 * the city path of every quantitative indicator, and the assessment outcome of qualitative ones. A scenario may
 * continue an earlier one (the 2021–2025 cycle after 2010–2020): an element that already has figures in its first
 * year keeps them and goes on from there with its trend, and no figure drawn before is replaced.
 * {@code urbanShares} gives, per element, the share of each county's total its 城市 column carries (the 农村 column
 * the rest, so the two add up to the total); an export column of an element without a share stays empty.
 * {@code countySpread}: each county's lasting bias on all its rates (0.10: up to ±10%), so that counties differ in
 * what they meet; by default none in a city demo (the seed report's figures) and ±15% above a city.
 */
public record DemoScenario(long seed, YearRange years, Integer pivotYear, List<String> sources, Map<String, Magnitude> elements,
                           Map<String, IndicatorPath> indicators, Outcomes qualitative, Double femaleShare,
                           Map<String, Double> urbanShares, Double countySpread) {

    public DemoScenario {
        femaleShare = femaleShare == null ? 0.48 : femaleShare;
        urbanShares = urbanShares == null ? Map.of() : Map.copyOf(urbanShares);
        pivotYear = pivotYear == null ? years.to() - 1 : pivotYear;
    }

    /** First and last report year generated. */
    public record YearRange(int from, int to) {
    }

    /**
     * A base element per county: uniform in [min, max] in the first year, then × (1 + trend) each year. An element
     * that an earlier scenario drew for this one's first year needs no min and max: it goes on from that figure.
     */
    public record Magnitude(Double min, Double max, double trend) {
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
