package org.lianggang.catalog;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.stream.Stream;

/**
 * A development plan (规划/纲要) with its monitoring indicator system. {@code level} is who issued it (national,
 * region for a 自治区/省, city; left out: city, the level lianggang monitors). A plan covers the years of its cycle,
 * baseline to target year: 2010–2020 for the 2011–2020 plans, 2020–2030 for the new ones (2020 is in both).
 */
public record Plan(@JsonProperty(required = true) String code, @JsonProperty(required = true) String name,
                   String shortName, PlanLevel level, int baselineYear, int targetYear,
                   @JsonProperty(required = true) List<Domain> domains) {

    public Plan {
        level = level == null ? PlanLevel.CITY : level;
        domains = List.copyOf(domains);
    }

    /** Whether the year lies in the plan's cycle (baseline to target year, both included). */
    public boolean covers(int year) {
        return year >= baselineYear && year <= targetYear;
    }

    public Stream<Indicator> indicators() {
        return domains.stream().flatMap(Domain::allIndicators);
    }
}
