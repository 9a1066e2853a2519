package org.lianggang.demo;

import java.util.Arrays;
import java.util.Optional;

/**
 * How much of the country a demo covers, by the root region it runs with: {@code city} 柳州市 450200 (the seed
 * report's figures), {@code province} 广西壮族自治区 450000 (14 cities, every county of the national table) and
 * {@code country} 中华人民共和国 100000 (every county).
 */
public enum DemoScale {
    CITY("450200"), PROVINCE("450000"), COUNTRY("100000");

    private final String root;

    DemoScale(String root) {
        this.root = root;
    }

    /** The {@code lianggang.regions.root} the demo runs with. */
    public String root() {
        return root;
    }

    public String word() {
        return name().toLowerCase();
    }

    /** The scale named on the command line ({@code city}, {@code province}, {@code country}), any case. */
    public static Optional<DemoScale> ofWord(String word) {
        return Arrays.stream(values()).filter(s -> s.word().equalsIgnoreCase(word)).findFirst();
    }
}
