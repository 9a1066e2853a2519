package org.lianggang.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lianggang.catalog.CatalogLoader;
import org.lianggang.catalog.Region;
import org.lianggang.catalog.RegionLevel;
import org.lianggang.catalog.Regions;

/**
 * The map's boundaries (report/geo/, written by scripts/regions-geo) against the shipped regions (schemas/regions/):
 * every current 柳州 county and every 广西 city has its geometry, keyed by its code; a zone has none, and the page
 * names what the map leaves out; the country has no map (a map of China must be the standard map).
 */
class RegionMapTest {

    private static final Path SCHEMAS = Path.of("../schemas");

    @Test
    void everyCurrentCountyOfLiuzhouHasAGeometry() {
        Regions regions = new CatalogLoader().load(SCHEMAS, "450200").regions();
        List<String> counties = currentChildren(regions, "450200", RegionLevel.COUNTY);
        assertThat(counties).hasSize(10).contains("450206").doesNotContain("450221");
        assertThat(RegionMap.of("450200").codes()).containsExactlyInAnyOrderElementsOf(counties);
    }

    @Test
    void everyCityOfGuangxiHasAGeometry() {
        Regions regions = new CatalogLoader().load(SCHEMAS, "100000").regions();
        assertThat(RegionMap.of("450000").codes())
                .containsExactlyInAnyOrderElementsOf(currentChildren(regions, "450000", RegionLevel.CITY)).hasSize(14);
    }

    @Test
    void theCountryHasNoMapBecauseItWouldHaveToBeTheStandardMap() {
        RegionMap map = RegionMap.of("100000");
        assertThat(map.drawn()).isFalse();
        assertThat(HtmlSections.mapNote(List.of(Map.of("region_code", "450000", "region_name", "广西壮族自治区",
                "parent_code", "100000")), map)).contains("九段线", "标准地图", "审图号");
    }

    @Test
    void aZoneHasNoGeometryAndTheNoteNamesIt() {
        RegionMap map = RegionMap.of("450200");
        assertThat(map.codes()).doesNotContain("4502X1", "4502X2");
        List<Map<String, Object>> rows = List.of(row("450202", "城中区"), row("4502X1", "柳东新区"),
                row("4502X2", "北部生态新区"));
        assertThat(HtmlSections.mapNote(rows, map))
                .isEqualTo("<p class=\"note\" id=\"map-note\">柳东新区、北部生态新区没有地图边界，地图中未显示；"
                        + "其达标率见上方柱状图。</p>");
        assertThat(HtmlSections.mapNote(List.of(row("450202", "城中区")), map)).isEmpty();
    }

    @Test
    void aParentWithoutBoundariesHasNoMapAndThePageSaysSo() {
        RegionMap map = RegionMap.of("440100");
        assertThat(map.drawn()).isFalse();
        assertThat(RegionMap.of(List.of()).drawn()).isFalse();
        assertThat(HtmlSections.mapNote(List.of(row("440103", "荔湾区")), map)).contains("未绘制地图", "440100.json");
    }

    private static List<String> currentChildren(Regions regions, String parent, RegionLevel level) {
        return regions.all().stream().filter(r -> r.level() == level && parent.equals(r.parentCode())
                && r.successor() == null).map(Region::code).toList();
    }

    private static Map<String, Object> row(String code, String name) {
        return Map.of("region_code", code, "region_name", name, "parent_code", code.substring(0, 4) + "00");
    }
}
