package org.lianggang.catalog;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Which file each part of a loaded catalog came from, so that a consistency problem names its file and line.
 *
 * @param elements   element code → its file and entry
 * @param rules      the validation rules' files and entries, in the catalog's order
 * @param plans      plan code → its file
 * @param planFiles  plan code → the plan as its file writes it (an extending plan: only its changes)
 * @param sources    layout id → its file
 */
record CatalogFiles(Map<String, CatalogParts.Place> elements, List<CatalogParts.Place> rules, Map<String, Path> plans,
                    Map<String, PlanFile> planFiles, Map<String, Path> sources) {
}
