package org.lianggang.demo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.stream.IntStream;
import org.lianggang.catalog.Catalog;
import org.lianggang.catalog.Computation;
import org.lianggang.catalog.ElementRef;
import org.lianggang.catalog.Indicator;
import org.lianggang.catalog.Region;
import org.lianggang.catalog.RegionLevel;
import org.lianggang.demo.DemoScenario.IndicatorPath;
import org.lianggang.demo.DemoScenario.Magnitude;

/**
 * Draws the sample element values from the scenario, deterministically: base elements per county, then the
 * numerators (or counts, or reported values) that put each indicator of the root on its scenario path, each
 * county within ±5% of it. Above a city (a province or country demo) every county also keeps its own bias of up
 * to ±15% on all its rates, so that counties differ in what they meet; a city demo draws none, and keeps the seed
 * report's figures; a scenario may set its own spread. The counties are the lowest regions: every county, and a
 * region with nothing below it (东莞市, a city without counties). A generator may continue the figures of an earlier
 * one (same values, same county sizes): it adds to them and never replaces one.
 */
final class SampleGenerator {

    private static final double RATE_NOISE = 0.05;
    private static final double REPORTED_NOISE = 0.02;
    private static final double COUNTY_SPREAD = 0.15;

    private final Catalog catalog;
    private final DemoScenario scenario;
    private final List<String> series;
    private final List<String> aggregates;
    private final Random random;
    private final Random spreadRandom;
    private final double spread;
    private final Map<String, Double> biases = new HashMap<>();
    private final Map<String, Double> sizes;
    private final SampleValues values;

    SampleGenerator(Catalog catalog, DemoScenario scenario) {
        this(catalog, scenario, new SampleValues(), new HashMap<>());
    }

    /** A generator that adds to {@code values}, with the county sizes of {@code sizes} (drawn when empty). */
    SampleGenerator(Catalog catalog, DemoScenario scenario, SampleValues values, Map<String, Double> sizes) {
        this.catalog = catalog;
        this.scenario = scenario;
        this.values = values;
        this.sizes = sizes;
        RegionTree tree = new RegionTree(catalog.regions());
        this.series = catalog.regions().all().stream().filter(tree::isLowest)
                .map(r -> catalog.regions().seriesCode(r.code())).distinct().toList();
        this.aggregates = catalog.regions().all().stream().filter(r -> !tree.isLowest(r)
                && r.level() != RegionLevel.ZONE).map(Region::code).toList();
        this.random = new Random(scenario.seed());
        this.spreadRandom = new Random(scenario.seed() + 1);
        RegionLevel rootLevel = catalog.regions().root().level();
        this.spread = scenario.countySpread() != null ? scenario.countySpread()
                : rootLevel == RegionLevel.PROVINCE || rootLevel == RegionLevel.COUNTRY ? COUNTY_SPREAD : 0;
    }

    SampleValues generate() {
        if (sizes.isEmpty()) {
            series.forEach(county -> sizes.put(county, random.nextDouble()));
        }
        scenario.elements().forEach(this::base);
        catalog.indicators().filter(Indicator::quantitative).forEach(indicator -> {
            IndicatorPath path = scenario.indicators().get(indicator.code());
            if (path != null) {
                years(path).forEach(year -> indicatorValues(indicator, path, year));
            }
        });
        return values;
    }

    List<String> series() {
        return series;
    }

    /**
     * A base element per county. Every element of a county is drawn at the same relative size (plus 3% jitter), so
     * that a large county has many births and many mothers, and related figures stay consistent. An element an
     * earlier scenario drew for the first year goes on from there.
     */
    private void base(String element, Magnitude magnitude) {
        ElementRef ref = new ElementRef(element, null, null, null);
        int from = scenario.years().from();
        for (String county : series) {
            Optional<Double> start = values.get(from, county, ref);
            if (start.isPresent()) {
                for (int year = from + 1; year <= scenario.years().to(); year++) {
                    double trend = Math.pow(1 + magnitude.trend(), year - from);
                    putIfAbsent(year, county, ref, Math.round(start.get() * trend * (1 + noise(0.02))));
                }
                continue;
            }
            if (magnitude.min() == null || magnitude.max() == null) {
                throw new IllegalArgumentException("演示情景的数据项 " + element + " 在" + from + "年没有数值可延续，需要 min 和 max"
                        + " · demo scenario element " + element + " has no figure in " + from
                        + " to go on from: give min and max");
            }
            double size = Math.min(1, Math.max(0, sizes.get(county) + noise(0.03)));
            double first = magnitude.min() + size * (magnitude.max() - magnitude.min());
            for (int year = scenario.years().from(); year <= scenario.years().to(); year++) {
                double trend = Math.pow(1 + magnitude.trend(), year - scenario.years().from());
                values.put(year, county, ref, Math.round(first * trend * (1 + noise(0.02))));
            }
        }
    }

    private void indicatorValues(Indicator indicator, IndicatorPath path, int year) {
        Computation computation = indicator.computation();
        double city = pathValue(path, year);
        switch (computation.method()) {
            case RATIO -> series.forEach(county -> ratio(indicator, computation, county, year,
                    city * (1 + bias(county))));
            case COUNT -> series.forEach(county -> putIfAbsent(year, county, computation.element(),
                    Math.max(0, Math.round(city * (1 + noise(RATE_NOISE))))));
            case REPORTED -> {
                series.forEach(county -> putIfAbsent(year, county, computation.element(),
                        round2(city * (1 + bias(county)) * (1 + noise(REPORTED_NOISE)))));
                aggregates.forEach(region -> putIfAbsent(year, region, computation.element(), round2(city)));
            }
        }
    }

    private void ratio(Indicator indicator, Computation computation, String county, int year, double city) {
        Optional<Double> denominator = valueOrFemaleShare(year, county, computation.denominator());
        if (denominator.isEmpty() || values.has(year, county, computation.numerator())) {
            return;
        }
        double rate = city * (1 + noise(RATE_NOISE));
        if ("%".equals(indicator.unit()) && computation.factorOrOne() == 100) {
            rate = Math.min(rate, 100);
        }
        values.put(year, county, computation.numerator(),
                Math.round(rate * denominator.get() / computation.factorOrOne()));
    }

    /**
     * A county's figure for an export column: as {@link #valueOrFemaleShare}, and for a 城市 or 农村 column the
     * scenario's urban share of the total or the rest of it, so that the two add up to the total and the totals, and
     * every figure drawn from them, stay as they are without the area columns. The share is rounded to a whole count
     * up or down by a draw of its own (of the county, element and year, not of the generator's sequence), so that a
     * county's 1 maternal death is sometimes urban: always rounding would leave every small count rural.
     */
    Optional<Double> exported(int year, String region, ElementRef ref) {
        if ("total".equals(ref.area()) || values.has(year, region, ref)) {
            return valueOrFemaleShare(year, region, ref);
        }
        Double share = scenario.urbanShares().get(ref.element());
        if (share == null) {
            return Optional.empty();
        }
        ElementRef total = new ElementRef(ref.element(), ref.sex(), "total", ref.ageGroup());
        double draw = new Random(Objects.hash(scenario.seed(), region, ref.element(), ref.sex(), year)).nextDouble();
        return valueOrFemaleShare(year, region, total).map(t -> {
            double urban = Math.floor(t * share + draw);
            return "urban".equals(ref.area()) ? urban : t - urban;
        });
    }

    /** A value, or for a female (sex F) part whose total is known, the scenario's female share of the total. */
    Optional<Double> valueOrFemaleShare(int year, String region, ElementRef ref) {
        Optional<Double> value = values.get(year, region, ref);
        if (value.isPresent() || !"F".equals(ref.sex())) {
            return value;
        }
        ElementRef total = new ElementRef(ref.element(), "T", ref.area(), ref.ageGroup());
        Optional<Double> share = values.get(year, region, total)
                .map(t -> (double) Math.round(t * scenario.femaleShare()));
        share.ifPresent(v -> values.put(year, region, ref, v));
        return share;
    }

    private void putIfAbsent(int year, String region, ElementRef ref, double value) {
        if (!values.has(year, region, ref)) {
            values.put(year, region, ref, value);
        }
    }

    private List<Integer> years(IndicatorPath path) {
        if (path.years() != null && !path.years().isEmpty()) {
            return path.years();
        }
        return IntStream.rangeClosed(scenario.years().from(), scenario.years().to()).boxed().toList();
    }

    private double pathValue(IndicatorPath path, int year) {
        double step = (path.to() - path.from()) / (scenario.pivotYear() - scenario.years().from());
        return path.from() + step * (year - scenario.years().from());
    }

    /**
     * The county's own lasting bias, the same on all its rates (so that its infant deaths stay below its under-5
     * deaths, as the validation rules require): none in a city demo (no draw either).
     */
    private double bias(String county) {
        if (spread == 0) {
            return 0;
        }
        return biases.computeIfAbsent(county,
                key -> (spreadRandom.nextDouble() * 2 - 1) * spread);
    }

    private double noise(double width) {
        return (random.nextDouble() * 2 - 1) * width;
    }

    private static double round2(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
