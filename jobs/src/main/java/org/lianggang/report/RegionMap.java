package org.lianggang.report;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lianggang.ClassPathText;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The boundaries the HTML report's map draws: {@code report/geo/<parent>.json}, a GeoJSON FeatureCollection of the
 * regions directly below {@code parent}, each feature's {@code code} its 行政区划 code (written by
 * {@code scripts/regions-geo}). A region without a feature (a zone such as 柳东新区, a code newer than the boundaries)
 * is left off the map; a parent without a file has no map.
 *
 * @param parent  the region whose children are drawn, or null where the report shows no regions below
 * @param geoJson the FeatureCollection as text, or null where no boundaries are bundled for {@code parent}
 * @param codes   the codes of its features, in file order
 */
record RegionMap(String parent, String geoJson, Set<String> codes) {

    private static final String FOLDER = "report/geo/";

    /** The map of the regions a report shows below its region: the rows of {@code report/html/counties.sql}. */
    static RegionMap of(List<Map<String, Object>> regions) {
        return regions.isEmpty() ? new RegionMap(null, null, Set.of())
                : of(regions.get(0).get("parent_code").toString());
    }

    static RegionMap of(String parent) {
        String path = FOLDER + parent + ".json";
        if (RegionMap.class.getClassLoader().getResource(path) == null) {
            return new RegionMap(parent, null, Set.of());
        }
        String text = ClassPathText.read(path);
        Set<String> codes = new LinkedHashSet<>();
        for (JsonNode feature : JsonMapper.builder().build().readTree(text).path("features")) {
            codes.add(feature.path("properties").path("code").asString());
        }
        return new RegionMap(parent, text.strip(), Collections.unmodifiableSet(codes));
    }

    boolean drawn() {
        return geoJson != null;
    }
}
