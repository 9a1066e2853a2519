package org.lianggang.catalog;

import org.lianggang.Messages;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;

/**
 * Reads every YAML file of the {@code catalog/} directories, whatever it is called: a file says what it holds by its
 * top-level keys. A plan ({@code code:} with {@code domains:} or {@code extends:}, as {@link PlanFile}); data
 * elements ({@code elements:}, with {@code count_units:}); validation rules ({@code rules:}). One file may hold
 * elements and rules together (a department's); a plan file holds one plan and nothing else. A code may be written
 * once across all files (an element, a plan, a rule id): a second one is a problem naming both places, and so is a
 * top-level key of none of these kinds.
 */
final class CatalogParts {

    /** Where something was written: its file and the JSON pointer of its entry. */
    record Place(Path file, String pointer) {
    }

    /** The keys of a file of elements and rules. */
    private static final List<String> PART_KEYS = List.of("elements", "count_units", "rules");
    /** The keys that make a file a plan. */
    private static final List<String> PLAN_MARKS = List.of("code", "extends", "domains");
    private static final List<String> PLAN_KEYS = List.of("code", "name", "short_name", "level", "baseline_year",
            "target_year", "extends", "domains", "targets", "add", "drop");

    /** A file of elements and rules as written; each part optional. */
    record PartsFile(List<String> countUnits, List<DataElement> elements, List<ValidationRule> rules) {

        PartsFile {
            countUnits = countUnits == null ? List.of() : countUnits;
            elements = elements == null ? List.of() : elements;
            rules = rules == null ? List.of() : rules;
        }
    }

    private final CatalogLoader loader;
    private final Findings findings = new Findings();
    private final List<CatalogProblem> unreadable = new ArrayList<>();
    private final Map<String, DataElement> written = new LinkedHashMap<>();
    private final Map<String, Place> elementPlaces = new LinkedHashMap<>();
    private final Set<String> countUnits = new LinkedHashSet<>();
    private final List<ValidationRule> rules = new ArrayList<>();
    private final List<Place> rulePlaces = new ArrayList<>();
    private final Map<String, Place> ruleIds = new LinkedHashMap<>();
    private final List<PlanFile> plans = new ArrayList<>();
    private final Map<String, Path> planPaths = new LinkedHashMap<>();

    CatalogParts(CatalogLoader loader) {
        this.loader = loader;
    }

    /** Reads the files (in the order given); {@link #problems()} says what was wrong with them. */
    CatalogParts read(List<Path> files) {
        for (Path file : files) {
            try {
                read(file);
            } catch (CatalogException e) {
                unreadable.addAll(e.problems());
            }
        }
        return this;
    }

    /** What could not be read, then what was read but clashes (a code written twice, an unknown top-level key). */
    List<CatalogProblem> problems() {
        List<CatalogProblem> problems = new ArrayList<>(unreadable);
        try {
            findings.throwIfAny();
        } catch (CatalogException e) {
            problems.addAll(e.problems());
        }
        return problems;
    }

    /** Every element by code, in file order; {@code whole} decided by the count units of all files. */
    Map<String, DataElement> elements() {
        Map<String, DataElement> elements = new LinkedHashMap<>();
        List<String> units = List.copyOf(countUnits);
        written.forEach((code, e) -> elements.put(code, e.countingIn(units)));
        return elements;
    }

    Map<String, Place> elementPlaces() {
        return elementPlaces;
    }

    List<ValidationRule> rules() {
        return rules;
    }

    List<Place> rulePlaces() {
        return rulePlaces;
    }

    List<PlanFile> plans() {
        return plans;
    }

    Map<String, Path> planPaths() {
        return planPaths;
    }

    private void read(Path file) {
        JsonNode tree = loader.readTree(file);
        List<String> keys = tree == null || !tree.isObject() ? List.of() : tree.propertyNames().stream().toList();
        if (keys.stream().anyMatch(PLAN_MARKS::contains)) {
            readPlan(file, loader.convert(file, tree, PlanFile.class));
        } else if (keys.isEmpty()) {
            findings.add(file, "", "目录文件为空：应写一个规划（code:）、数据项（elements:）或校验规则（rules:）",
                    "the file holds nothing: a catalog file holds a plan (code:), elements: or rules:");
        } else if (knownKeys(file, keys)) {
            PartsFile parts = loader.convert(file, tree, PartsFile.class);
            countUnits.addAll(parts.countUnits());
            readElements(file, parts.elements());
            readRules(file, parts.rules());
        }
    }

    /** Whether every top-level key is one of a file of elements and rules; each other one is a problem. */
    private boolean knownKeys(Path file, List<String> keys) {
        List<String> unknown = keys.stream().filter(k -> !PART_KEYS.contains(k)).toList();
        List<String> known = Stream.concat(PART_KEYS.stream(), PLAN_KEYS.stream()).toList();
        YamlLocations locations = unknown.isEmpty() ? null : YamlLocations.of(file);
        for (String key : unknown) {
            YamlLocations.Position at = locations.findKey("/" + key);
            unreadable.add(new CatalogProblem(file, at.line(), at.column(), NearNames.message("未知的顶层键 " + key,
                    "unknown top-level key '" + key + "'", key, known) + Messages.pick("（目录文件的顶层键：" + String.join(", ", PART_KEYS) + "；规划的："
                    + String.join(", ", PLAN_KEYS) + "）", " (a catalog file's top-level keys: " + String.join(", ", PART_KEYS)
                    + "; a plan's: " + String.join(", ", PLAN_KEYS) + ")")));
        }
        return unknown.isEmpty();
    }

    private void readElements(Path file, List<DataElement> elements) {
        for (int k = 0; k < elements.size(); k++) {
            DataElement element = elements.get(k);
            Place place = new Place(file, "/elements/" + k);
            Place earlier = elementPlaces.get(element.code());
            if (earlier != null) {
                twice(file, place.pointer() + "/code", earlier, "/code", "数据项代码 " + element.code(),
                        "element code " + element.code());
            } else {
                written.put(element.code(), element);
                elementPlaces.put(element.code(), place);
            }
        }
    }

    private void readRules(Path file, List<ValidationRule> list) {
        for (int k = 0; k < list.size(); k++) {
            ValidationRule rule = list.get(k);
            Place place = new Place(file, "/rules/" + k);
            Place earlier = rule.id() == null ? null : ruleIds.putIfAbsent(rule.id(), place);
            if (earlier != null) {
                twice(file, place.pointer() + "/id", earlier, "/id", "校验规则 id " + rule.id(),
                        "validation rule id " + rule.id());
            }
            rules.add(rule);
            rulePlaces.add(place);
        }
    }

    private void readPlan(Path file, PlanFile plan) {
        Path earlier = planPaths.get(plan.code());
        if (earlier != null) {
            twice(file, "/code", new Place(earlier, ""), "/code", "规划代码 " + plan.code(),
                    "plan code " + plan.code());
            return;
        }
        plans.add(plan);
        planPaths.put(plan.code(), file);
    }

    /** A code written at {@code pointer} of {@code file} and before at {@code earlier} (its entry + {@code key}). */
    private void twice(Path file, String pointer, Place earlier, String key, String chinese, String english) {
        String where = findings.where(earlier.file(), earlier.pointer() + key);
        findings.add(file, pointer, chinese + " 重复，亦见于 " + where, english + " is written twice; also at " + where);
    }
}
