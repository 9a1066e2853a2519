package org.lianggang.catalog;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A domain (领域) of a plan, e.g. 妇女与健康. Its indicators stand under its goals (主要目标, the 2021–2030 plans)
 * or directly under the domain (the 2011–2020 catalogs, which have no goal level: such an indicator has no goal).
 * A domain may have both; the goals' indicators come first.
 */
public record Domain(String code, @JsonProperty(required = true) String name, List<Goal> goals, List<Indicator> indicators) {

    public Domain {
        goals = goals == null ? List.of() : List.copyOf(goals);
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
    }

    /** Every indicator of the domain in plan order: those of its goals, then those listed directly. */
    public Stream<Indicator> allIndicators() {
        return Stream.concat(goals.stream().flatMap(g -> g.indicators().stream()), indicators.stream());
    }

    /** The goal an indicator monitors; empty for an indicator listed directly under the domain. */
    public Optional<Goal> goalOf(String indicatorCode) {
        return goals.stream().filter(g -> g.indicators().stream().anyMatch(i -> i.code().equals(indicatorCode)))
                .findFirst();
    }
}
