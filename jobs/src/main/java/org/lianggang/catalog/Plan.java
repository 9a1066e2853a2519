package org.lianggang.catalog;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A development plan (规划/纲要) with its monitoring indicator system, as loaded: a plan that extends another (a city
 * plan of a national 纲要) holds the indicators it inherits with its own changes applied. {@code level} is who issued
 * it (national, region for a 自治区/省, city). A plan covers the years of its cycle, baseline to target year:
 * 2010–2020 for the 2011–2020 plans, 2020–2030 for the new ones (2020 is in both).
 *
 * @param parent        the code of the plan it extends; null for a plan written out in full
 * @param targetSources indicator code → the level of the plan whose file wrote the target that applies
 */
public record Plan(String code, String name, String shortName, PlanLevel level, int baselineYear, int targetYear,
                   List<Domain> domains, String parent, Map<String, PlanLevel> targetSources) {

    public Plan {
        level = level == null ? PlanLevel.CITY : level;
        domains = List.copyOf(domains);
        targetSources = targetSources == null ? Map.of() : Map.copyOf(targetSources);
    }

    /** Whether the year lies in the plan's cycle (baseline to target year, both included). */
    public boolean covers(int year) {
        return year >= baselineYear && year <= targetYear;
    }

    public Stream<Indicator> indicators() {
        return domains.stream().flatMap(Domain::allIndicators);
    }

    /** Where the target of an indicator came from: this plan's level unless it was inherited unchanged. */
    public PlanLevel targetSource(String indicatorCode) {
        return targetSources.getOrDefault(indicatorCode, level);
    }
}
