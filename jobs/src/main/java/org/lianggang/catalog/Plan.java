package org.lianggang.catalog;

import java.util.List;
import java.util.stream.Stream;

/** A development plan (规划/纲要) with its monitoring indicator system. */
public record Plan(String code, String name, String shortName, int baselineYear, int targetYear,
                   List<Domain> domains) {

    public Plan {
        domains = List.copyOf(domains);
    }

    public Stream<Indicator> indicators() {
        return domains.stream().flatMap(d -> d.indicators().stream());
    }
}
