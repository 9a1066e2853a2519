package org.lianggang.catalog;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.stream.Stream;

/** A development plan (规划/纲要) with its monitoring indicator system. */
public record Plan(@JsonProperty(required = true) String code, @JsonProperty(required = true) String name,
                   String shortName, int baselineYear, int targetYear,
                   @JsonProperty(required = true) List<Domain> domains) {

    public Plan {
        domains = List.copyOf(domains);
    }

    public Stream<Indicator> indicators() {
        return domains.stream().flatMap(Domain::allIndicators);
    }
}
