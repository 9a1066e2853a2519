package org.lianggang.ingest;

import org.lianggang.Messages;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.lianggang.catalog.Catalog;
import org.lianggang.catalog.Plan;
import org.lianggang.ingest.map.LoadContext;
import org.lianggang.ingest.problem.Problem;
import org.lianggang.ingest.problem.ProblemCode;

/**
 * Whether a load's year lies in the cycle of a monitored plan. A file of another year (2009, 2031) is loaded as sent
 * (a bureau keeps earlier years, or sends a year before its new plan is configured), but no indicator is computed
 * from it: the load says so as a warning, and data_quality lists it (year_outside_plans), rather than the figures
 * vanishing from every report without a word.
 */
final class PlanYears {

    private PlanYears() {
    }

    static Optional<Problem> check(Catalog catalog, LoadContext load) {
        List<Plan> plans = catalog.monitored();
        if (plans.isEmpty() || plans.stream().anyMatch(p -> p.covers(load.year()))) {
            return Optional.empty();
        }
        List<String> cycles = plans.stream().map(p -> p.baselineYear() + "–" + p.targetYear()).distinct().sorted()
                .toList();
        // worded as data_quality words it: 2010—2020年、2020—2030年
        String chinese = cycles.stream().map(c -> c.replace('–', '—') + "年").collect(Collectors.joining("、"));
        return Optional.of(Problem.ofFile(ProblemCode.YEAR_OUTSIDE_PLANS, load.fileName(), Messages.text(
                "problem.year-outside-plans", load.year(), Messages.pick(chinese, String.join(", ", cycles)))));
    }
}
