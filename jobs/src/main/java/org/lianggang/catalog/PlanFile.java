package org.lianggang.catalog;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * A plan file of {@code catalog/} as written. A plan written out in full has {@code domains}; a plan that
 * {@code extends} another (its parent's code) has none and states only what it changes: {@code targets} (indicator
 * code → the target that replaces the parent's, interim targets included), {@code add} (indicators under a goal or
 * goals under a domain of the parent) and {@code drop} (indicator codes it does not monitor). Name, level and years
 * it does not state are the parent's.
 */
record PlanFile(@JsonProperty(required = true) String code, @JsonProperty(required = true) String name,
                String shortName, PlanLevel level, Integer baselineYear, Integer targetYear,
                @JsonProperty("extends") String parent, List<Domain> domains, Map<String, Target> targets,
                List<Addition> add, List<String> drop) {

    PlanFile {
        domains = domains == null ? List.of() : List.copyOf(domains);
        targets = targets == null ? Map.of() : Map.copyOf(targets);
        add = add == null ? List.of() : List.copyOf(add);
        drop = drop == null ? List.of() : List.copyOf(drop);
    }

    /**
     * What an extending plan adds: {@code indicators} under the parent's goal {@code goal}, or {@code goals} of its
     * own under the parent's domain {@code domain}.
     */
    record Addition(String goal, String domain, List<Indicator> indicators, List<Goal> goals) {

        Addition {
            indicators = indicators == null ? List.of() : List.copyOf(indicators);
            goals = goals == null ? List.of() : List.copyOf(goals);
        }
    }
}
