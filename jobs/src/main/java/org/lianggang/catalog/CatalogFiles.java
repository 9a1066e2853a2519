package org.lianggang.catalog;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Which file each part of a loaded catalog came from, so that a consistency problem names its file and line.
 *
 * @param elementCodes the codes of {@code elements.yaml} in file order (the index of each in its list)
 * @param plans        plan code → its file
 * @param planFiles    plan code → the plan as its file writes it (an extending plan: only its changes)
 * @param sources      layout id → its file
 */
record CatalogFiles(Path elements, List<String> elementCodes, Path rules, Map<String, Path> plans,
                    Map<String, PlanFile> planFiles, Map<String, Path> sources) {
}
