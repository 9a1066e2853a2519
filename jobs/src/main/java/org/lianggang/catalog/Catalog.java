package org.lianggang.catalog;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Everything configured under {@code schemas/}: plans, data elements, regions, source layouts and the validation
 * rules between elements.
 */
public record Catalog(List<Plan> plans, Map<String, DataElement> elements, Regions regions,
                      Map<String, SourceLayout> sources, List<ValidationRule> validationRules) {

    public Catalog {
        plans = List.copyOf(plans);
        elements = Map.copyOf(elements);
        sources = Map.copyOf(sources);
        validationRules = List.copyOf(validationRules);
    }

    public Optional<SourceLayout> source(String id) {
        return Optional.ofNullable(sources.get(id));
    }

    /** The layout of a source named on the command line or in a job; an unknown one is a usage error. */
    public SourceLayout requireSource(String id) {
        return source(id).orElseThrow(() -> new IllegalArgumentException(unknownSource(id)));
    }

    /** What to tell a user who named a source the catalog does not have. */
    public String unknownSource(String id) {
        return "unknown source '" + id + "'; configured: " + sources.keySet();
    }

    public Optional<Plan> plan(String code) {
        return plans.stream().filter(p -> p.code().equals(code)).findFirst();
    }

    public Stream<Indicator> indicators() {
        return plans.stream().flatMap(Plan::indicators);
    }
}
