package org.lianggang.demo;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.lianggang.catalog.ElementRef;

/** The generated element values, by year, region series and element with its disaggregation. */
final class SampleValues {

    private final Map<String, Double> values = new HashMap<>();

    Optional<Double> get(int year, String series, ElementRef ref) {
        return Optional.ofNullable(values.get(key(year, series, ref)));
    }

    boolean has(int year, String series, ElementRef ref) {
        return values.containsKey(key(year, series, ref));
    }

    void put(int year, String series, ElementRef ref, double value) {
        values.put(key(year, series, ref), value);
    }

    private static String key(int year, String series, ElementRef ref) {
        return year + "|" + series + "|" + ref.element() + "|" + ref.sex() + "|" + ref.area() + "|" + ref.ageGroup();
    }
}
