package org.lianggang.catalog;

import org.lianggang.Messages;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Builds the plans from their files: a plan that extends another gets its parent's domains, goals and indicators
 * with its own changes applied (targets replaced, indicators added or dropped), and remembers which level wrote
 * each target. A parent that does not exist, a chain of parents that comes back to a plan, a file that both extends
 * and lists domains, and a change that names an indicator, goal or domain the parent lacks are problems placed at
 * the key concerned; a plan with a problem is left out, and so are the plans that extend it.
 */
final class PlanInheritance {

    private final Map<String, PlanFile> files = new LinkedHashMap<>();
    private final Map<String, Path> paths;
    private final Map<String, Plan> resolved = new HashMap<>();
    private final Set<String> failed = new LinkedHashSet<>();
    private final List<CatalogProblem> problems = new ArrayList<>();
    private final Map<Path, YamlLocations> locations = new HashMap<>();

    PlanInheritance(List<PlanFile> planFiles, Map<String, Path> paths) {
        planFiles.forEach(f -> files.put(f.code(), f));
        this.paths = paths;
    }

    /** Every plan that resolves, in file order. */
    List<Plan> plans() {
        List<Plan> plans = new ArrayList<>();
        for (String code : files.keySet()) {
            Plan plan = resolve(code, new ArrayList<>());
            if (plan != null) {
                plans.add(plan);
            }
        }
        return plans;
    }

    List<CatalogProblem> problems() {
        return problems;
    }

    private Plan resolve(String code, List<String> chain) {
        if (resolved.containsKey(code) || failed.contains(code)) {
            return resolved.get(code);
        }
        PlanFile file = files.get(code);
        if (chain.contains(code)) {
            List<String> cycle = new ArrayList<>(chain.subList(chain.indexOf(code), chain.size()));
            cycle.add(code);
            String path = String.join(" → ", cycle);
            problem(file, "/extends", code + "：继承成环 " + path, code + ": plans extend each other in a cycle " + path);
            failed.addAll(cycle);
            return null;
        }
        Plan plan = file.parent() == null ? written(file) : extended(file, chain);
        if (plan == null) {
            failed.add(code);
        } else {
            resolved.put(code, plan);
        }
        return plan;
    }

    private Plan written(PlanFile file) {
        if (!file.targets().isEmpty() || !file.add().isEmpty() || !file.drop().isEmpty()) {
            problem(file, "/" + (file.targets().isEmpty() ? file.add().isEmpty() ? "drop" : "add" : "targets"),
                    file.code() + "：只有 extends 其他规划的规划才能写 targets、add、drop",
                    file.code() + ": only a plan that extends another may have targets, add or drop");
            return null;
        }
        if (file.domains().isEmpty()) {
            problem(file, "", file.code() + "：规划需要 domains，或用 extends 继承其他规划",
                    file.code() + ": a plan needs domains, or extends to inherit another plan's");
            return null;
        }
        return new Plan(file.code(), file.name(), file.shortName(), file.level(), orZero(file.baselineYear()),
                orZero(file.targetYear()), file.domains(), null, Map.of());
    }

    private Plan extended(PlanFile file, List<String> chain) {
        if (!files.containsKey(file.parent())) {
            problem(file, "/extends", NearNames.message(file.code() + "：extends 的规划 " + file.parent() + " 不存在",
                    file.code() + ": extends unknown plan " + file.parent(), file.parent(), files.keySet()));
            return null;
        }
        if (!file.domains().isEmpty()) {
            problem(file, "/domains", file.code() + "：继承的规划不重写 domains，只写 targets、add、drop",
                    file.code() + ": a plan that extends another states only targets, add and drop, not domains");
            return null;
        }
        chain.add(file.code());
        Plan parent = resolve(file.parent(), chain);
        chain.remove(file.code());
        if (parent == null) {
            return null;
        }
        int before = problems.size();
        Set<String> known = parent.indicators().map(Indicator::code).collect(Collectors.toSet());
        for (int k = 0; k < file.drop().size(); k++) {
            unknownIndicator(file, "/drop/" + k, file.drop().get(k), known, "drop");
        }
        file.targets().keySet().forEach(c -> unknownIndicator(file, "/targets/" + c, c, known, "targets"));
        PlanLevel level = file.level() == null ? PlanLevel.CITY : file.level();
        Map<String, PlanLevel> sources = new HashMap<>();
        parent.indicators().forEach(i -> sources.put(i.code(), parent.targetSource(i.code())));
        file.targets().keySet().forEach(c -> sources.put(c, level));
        List<Domain> domains = new ArrayList<>();
        for (Domain domain : parent.domains()) {
            domains.add(changed(domain, file, sources, level));
        }
        checkAdditions(file, parent);
        if (problems.size() > before) {
            return null;
        }
        file.drop().forEach(sources::remove);
        return new Plan(file.code(), file.name(), file.shortName() != null ? file.shortName() : parent.shortName(),
                level, file.baselineYear() != null ? file.baselineYear() : parent.baselineYear(),
                file.targetYear() != null ? file.targetYear() : parent.targetYear(), domains, parent.code(), sources);
    }

    /** The parent's domain with this plan's drops, targets and additions applied. */
    private static Domain changed(Domain domain, PlanFile file, Map<String, PlanLevel> sources, PlanLevel level) {
        List<Goal> goals = new ArrayList<>();
        for (Goal goal : domain.goals()) {
            List<Indicator> indicators = new ArrayList<>(changed(goal.indicators(), file));
            file.add().stream().filter(a -> goal.code().equals(a.goal())).flatMap(a -> a.indicators().stream())
                    .forEach(indicators::add);
            if (!indicators.isEmpty()) {
                goals.add(new Goal(goal.code(), goal.name(), indicators));
            }
        }
        file.add().stream().filter(a -> domain.code() != null && domain.code().equals(a.domain()))
                .flatMap(a -> a.goals().stream()).forEach(goals::add);
        goals.stream().flatMap(g -> g.indicators().stream()).forEach(i -> sources.putIfAbsent(i.code(), level));
        return new Domain(domain.code(), domain.name(), goals, changed(domain.indicators(), file));
    }

    private static List<Indicator> changed(List<Indicator> indicators, PlanFile file) {
        return indicators.stream().filter(i -> !file.drop().contains(i.code()))
                .map(i -> file.targets().containsKey(i.code()) ? i.withTarget(file.targets().get(i.code())) : i)
                .toList();
    }

    private void checkAdditions(PlanFile file, Plan parent) {
        Set<String> goals = parent.domains().stream().flatMap(d -> d.goals().stream()).map(Goal::code)
                .collect(Collectors.toSet());
        Set<String> domains = parent.domains().stream().map(Domain::code).collect(Collectors.toSet());
        for (int k = 0; k < file.add().size(); k++) {
            PlanFile.Addition addition = file.add().get(k);
            String at = "/add/" + k;
            if ((addition.goal() == null) == (addition.domain() == null)) {
                problem(file, at, file.code() + "：add 须写 goal（加入指标）或 domain（加入目标）之一",
                        file.code() + ": an addition names either a goal (for indicators) or a domain (for goals)");
            } else if (addition.goal() != null && !goals.contains(addition.goal())) {
                problem(file, at + "/goal", NearNames.message(file.code() + "：add 的目标 " + addition.goal() + " 不在 "
                        + parent.code() + " 中", file.code() + ": add names goal " + addition.goal() + ", which "
                        + parent.code() + " does not have", addition.goal(), goals));
            } else if (addition.domain() != null && !domains.contains(addition.domain())) {
                problem(file, at + "/domain", NearNames.message(file.code() + "：add 的领域 " + addition.domain()
                        + " 不在 " + parent.code() + " 中", file.code() + ": add names domain " + addition.domain()
                        + ", which " + parent.code() + " does not have", addition.domain(), domains));
            }
        }
    }

    private void unknownIndicator(PlanFile file, String pointer, String code, Set<String> known, String key) {
        if (!known.contains(code)) {
            problem(file, pointer, NearNames.message(file.code() + "：" + key + " 中的指标 " + code + " 不在 "
                    + file.parent() + " 中", file.code() + ": " + key + " names indicator " + code + ", which "
                    + file.parent() + " does not have", code, known));
        }
    }

    private void problem(PlanFile file, String pointer, String chinese, String english) {
        problem(file, pointer, Messages.pick(chinese, english));
    }

    private void problem(PlanFile file, String pointer, String message) {
        Path path = paths.get(file.code());
        YamlLocations index = locations.computeIfAbsent(path, YamlLocations::of);
        // a replaced target is a mapping: point at its key (the indicator code), elsewhere at the value written
        YamlLocations.Position at = pointer.startsWith("/targets/") ? index.findKey(pointer) : index.find(pointer);
        problems.add(new CatalogProblem(path, at.line(), at.column(), message));
    }

    private static int orZero(Integer year) {
        return year == null ? 0 : year;
    }
}
