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

    public Optional<Plan> plan(String code) {
        return plans.stream().filter(p -> p.code().equals(code)).findFirst();
    }

    public Stream<Indicator> indicators() {
        return plans.stream().flatMap(Plan::indicators);
    }
}
