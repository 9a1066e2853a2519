package org.lianggang.catalog;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Where each indicator and goal of a plan is written, so that a code used again names the place it was used first:
 * in the plan's own file, or for a plan that extends another, in the file of the plan that added it (its parent's,
 * or further up), less the indicators it drops.
 */
final class PlanPlaces {

    private final CatalogFiles files;

    PlanPlaces(CatalogFiles files) {
        this.files = files;
    }

    /** Indicator code → where it is written. */
    Map<String, CatalogParts.Place> indicators(String planCode) {
        return places(planCode, true);
    }

    /** Goal code → where it is written. */
    Map<String, CatalogParts.Place> goals(String planCode) {
        return places(planCode, false);
    }

    private Map<String, CatalogParts.Place> places(String planCode, boolean indicators) {
        PlanFile written = files.planFiles().get(planCode);
        Path file = files.plans().get(planCode);
        Map<String, CatalogParts.Place> places = new LinkedHashMap<>();
        if (written.parent() == null) {
            for (int d = 0; d < written.domains().size(); d++) {
                Domain domain = written.domains().get(d);
                String base = "/domains/" + d;
                goalsIn(places, file, base, domain.goals(), indicators);
                if (indicators) {
                    placeAll(places, file, base + "/indicators/", domain.indicators(), Indicator::code);
                }
            }
            return places;
        }
        places.putAll(places(written.parent(), indicators));
        if (indicators) {
            written.drop().forEach(places::remove);
        }
        for (int k = 0; k < written.add().size(); k++) {
            PlanFile.Addition addition = written.add().get(k);
            if (indicators) {
                placeAll(places, file, "/add/" + k + "/indicators/", addition.indicators(), Indicator::code);
            }
            goalsIn(places, file, "/add/" + k, addition.goals(), indicators);
        }
        return places;
    }

    private static void goalsIn(Map<String, CatalogParts.Place> places, Path file, String base, List<Goal> goals,
                                boolean indicators) {
        if (!indicators) {
            placeAll(places, file, base + "/goals/", goals, Goal::code);
            return;
        }
        for (int g = 0; g < goals.size(); g++) {
            placeAll(places, file, base + "/goals/" + g + "/indicators/", goals.get(g).indicators(),
                    Indicator::code);
        }
    }

    private static <T> void placeAll(Map<String, CatalogParts.Place> places, Path file, String base, List<T> items,
                                     Function<T, String> code) {
        for (int i = 0; i < items.size(); i++) {
            places.putIfAbsent(code.apply(items.get(i)), new CatalogParts.Place(file, base + i));
        }
    }
}
