package org.lianggang.warehouse;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.lianggang.catalog.Breakdown;
import org.lianggang.catalog.Catalog;
import org.lianggang.catalog.Computation;
import org.lianggang.catalog.DataElement;
import org.lianggang.catalog.Domain;
import org.lianggang.catalog.ElementRef;
import org.lianggang.catalog.Goal;
import org.lianggang.catalog.Indicator;
import org.lianggang.catalog.Plan;
import org.lianggang.catalog.Region;
import org.lianggang.catalog.SourceLayout;
import org.lianggang.catalog.Target;

/**
 * Writes the catalog's monitored plans as flat CSV files that {@code 10_dims.sql} reads into the dimension tables;
 * the SQL states each column's type. For reported and count indicators the single element sits in the numerator columns.
 */
final class CatalogTables {

    private final Catalog catalog;

    CatalogTables(Catalog catalog) {
        this.catalog = catalog;
    }

    void writeTo(Path dir) throws IOException {
        write(dir.resolve("plan.csv"), List.of("plan_code", "plan_name", "short_name", "baseline_year",
                "target_year", "plan_level", "extends_plan"), catalog.monitored().stream().map(p -> row(p.code(),
                p.name(), p.shortName(), p.baselineYear(), p.targetYear(), p.level().code(), p.parent())));
        write(dir.resolve("domain.csv"), List.of("plan_code", "domain_code", "domain_name", "domain_order"),
                catalog.monitored().stream().flatMap(p -> p.domains().stream().map(d -> row(p.code(), d.code(),
                        d.name(), p.domains().indexOf(d) + 1))));
        write(dir.resolve("goal.csv"), List.of("plan_code", "domain_code", "goal_code", "goal_name", "goal_order"),
                goalRows());
        write(dir.resolve("indicator.csv"), List.of("plan_code", "domain_code", "indicator_code", "indicator_name",
                "unit", "kind", "method", "numerator_element", "numerator_sex", "numerator_area", "numerator_age_group",
                "denominator_element", "denominator_sex", "denominator_area", "denominator_age_group", "factor",
                "target_op", "target_low", "target_high", "target_tolerance", "target_text", "change_style",
                "departments", "indicator_order", "goal_code", "target_baseline_change", "target_verified",
                "target_source"),
                indicatorRows());
        write(dir.resolve("indicator_breakdown.csv"), List.of("plan_code", "indicator_code", "breakdown", "sex",
                "area", "target_op", "target_low", "target_high", "target_tolerance", "target_text",
                "target_baseline_change", "target_verified"), breakdownRows());
        write(dir.resolve("interim_target.csv"), List.of("plan_code", "indicator_code", "target_year", "target_op",
                "target_low", "target_high", "target_text", "target_verified"), interimRows());
        write(dir.resolve("element.csv"), List.of("element_code", "element_name", "unit", "additive",
                        "source_form", "definition"),
                catalog.elements().values().stream().sorted(Comparator.comparing(DataElement::code)).map(e -> row(e.code(), e.name(), e.unit(), e.additive(),
                        e.sourceForm(), e.definition())));
        write(dir.resolve("region.csv"), List.of("region_code", "region_name", "level", "parent_code",
                "valid_from", "valid_to", "successor_code", "series_code", "included_in"), catalog.regions().all().stream()
                .map(this::regionRow));
        write(dir.resolve("source_element.csv"), List.of("source_id", "header", "element_code", "sex", "area",
                "age_group"), sources().flatMap(s -> s.values().stream().map(v -> row(s.id(),
                v.header(), v.element(), v.sex(), v.area(), v.ageGroup()))));
        write(dir.resolve("source.csv"), List.of("source_id", "source_name", "department", "table_name", "period"),
                sources().map(s -> row(s.id(), s.name(), s.department(),
                        s.table().tableName(), s.period())));
    }

    /** The layouts in id order: the snapshot is the same file for the same catalog (the build's inputs digest). */
    private Stream<SourceLayout> sources() {
        return catalog.sources().values().stream().sorted(Comparator.comparing(SourceLayout::id));
    }

    private Stream<List<Object>> indicatorRows() {
        List<List<Object>> rows = new ArrayList<>();
        for (Plan plan : catalog.monitored()) {
            int order = 0;
            for (Domain domain : plan.domains()) {
                for (Indicator i : domain.allIndicators().toList()) {
                    Computation c = i.computation();
                    Target t = i.target();
                    List<Object> row = row(plan.code(), domain.code(), i.code(), i.name(), i.unit(), i.kind().code(),
                            c == null ? null : c.method().code());
                    row.addAll(element(c == null ? null : c.primary()));
                    row.addAll(element(c == null ? null : c.denominator()));
                    row.addAll(row(c == null ? null : c.factorOrOne(), t == null ? null : t.op(),
                            t == null ? null : t.low(), t == null ? null : t.high(), t == null ? null : t.tolerance(),
                            t == null ? null : t.text(),
                            i.changeStyle().code(), String.join("、", i.departments()), ++order,
                            domain.goalOf(i.code()).map(Goal::code).orElse(null),
                            t == null ? null : t.baselineChange(), t == null || t.confirmed(),
                            plan.targetSource(i.code()).code()));
                    rows.add(row);
                }
            }
        }
        return rows.stream();
    }

    /** One row per breakdown value of an indicator (农村, 女 …), with its own target where the catalog gives one. */
    private Stream<List<Object>> breakdownRows() {
        return catalog.monitored().stream().flatMap(p -> p.indicators().flatMap(i -> i.breakdowns().stream()
                .flatMap(b -> b.rowValues().stream().map(value -> {
                    Target t = i.breakdownTargets().get(value);
                    return row(p.code(), i.code(), b.code(), b == Breakdown.SEX ? value : "T",
                            b == Breakdown.AREA ? value : "total", t == null ? null : t.op(),
                            t == null ? null : t.low(), t == null ? null : t.high(), t == null ? null : t.tolerance(),
                            t == null ? null : t.text(), t == null ? null : t.baselineChange(),
                            t == null ? null : t.confirmed());
                }))));
    }

    private Stream<List<Object>> interimRows() {
        return catalog.monitored().stream().flatMap(p -> p.indicators().filter(i -> i.target() != null)
                .flatMap(i -> i.target().interim().entrySet().stream().map(e -> row(p.code(), i.code(), e.getKey(),
                        e.getValue().op(), e.getValue().low(), e.getValue().high(), e.getValue().text(),
                        e.getValue().confirmed()))));
    }

    private Stream<List<Object>> goalRows() {
        List<List<Object>> rows = new ArrayList<>();
        for (Plan plan : catalog.monitored()) {
            int order = 0;
            for (Domain domain : plan.domains()) {
                for (Goal goal : domain.goals()) {
                    rows.add(row(plan.code(), domain.code(), goal.code(), goal.name(), ++order));
                }
            }
        }
        return rows.stream();
    }

    private static List<Object> element(ElementRef ref) {
        return ref == null ? row(null, null, null, null) : row(ref.element(), ref.sex(), ref.area(), ref.ageGroup());
    }

    private List<Object> regionRow(Region r) {
        return row(r.code(), r.name(), r.level().code(), r.parentCode(), r.validFrom(), r.validTo(), r.successor(),
                catalog.regions().seriesCode(r.code()), r.includedIn());
    }

    private static List<Object> row(Object... cells) {
        return new ArrayList<>(Arrays.asList(cells));
    }

    private static void write(Path file, List<String> header, Stream<List<Object>> rows) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter printer = CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new)).get()
                     .print(out)) {
            for (List<Object> row : (Iterable<List<Object>>) rows::iterator) {
                printer.printRecord(row);
            }
        }
    }
}
