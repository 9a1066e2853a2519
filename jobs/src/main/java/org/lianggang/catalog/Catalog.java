package org.lianggang.catalog;

import org.lianggang.Messages;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Everything configured under {@code schemas/}: plans, data elements, regions, source layouts and the validation
 * rules between elements. {@link #plans()} holds every plan loaded; the plans the city monitors are those no other
 * plan extends ({@link #monitored()}): a national 纲要 that the city's plan extends is its template, not a second
 * set of rows; without a city plan the national one is monitored itself.
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
        return Messages.pick("未知的导出格式 '" + id + "'；已配置：", "unknown source '" + id + "'; configured: ")
                + sources.keySet();
    }

    public Optional<Plan> plan(String code) {
        return plans.stream().filter(p -> p.code().equals(code)).findFirst();
    }

    /** The plans monitored: every plan that no other plan extends. */
    public List<Plan> monitored() {
        return plans.stream().filter(p -> plans.stream().noneMatch(c -> p.code().equals(c.parent()))).toList();
    }

    /** The indicators of the monitored plans. */
    public Stream<Indicator> indicators() {
        return monitored().stream().flatMap(Plan::indicators);
    }

    /** The indicators of the monitored plans whose cycle covers the year. */
    public Stream<Indicator> indicatorsIn(int year) {
        return monitored().stream().filter(p -> p.covers(year)).flatMap(Plan::indicators);
    }
}
