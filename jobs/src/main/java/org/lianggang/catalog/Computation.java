package org.lianggang.catalog;

import java.util.stream.Stream;

/** The formula of a quantitative indicator: {@code ratio} uses numerator, denominator and factor; the others one element. */
public record Computation(ComputationMethod method, ElementRef numerator, ElementRef denominator, Double factor,
                         ElementRef element) {

    /** The element references this computation reads, in a fixed order. */
    public Stream<ElementRef> references() {
        return Stream.of(numerator, denominator, element).filter(r -> r != null);
    }

    /** For ratio: the numerator; otherwise the single element. */
    public ElementRef primary() {
        return method == ComputationMethod.RATIO ? numerator : element;
    }

    public double factorOrOne() {
        return factor == null ? 1.0 : factor;
    }
}
