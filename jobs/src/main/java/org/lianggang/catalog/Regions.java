package org.lianggang.catalog;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The city and its counties, looked up by code or by name (aliases and historical names included). */
public final class Regions {

    private final Region city;
    private final Map<String, Region> byCode = new LinkedHashMap<>();
    private final Map<String, Region> byName = new LinkedHashMap<>();

    public Regions(Region city, List<Region> counties) {
        this.city = city;
        add(city);
        counties.forEach(this::add);
    }

    private void add(Region region) {
        if (byCode.put(region.code(), region) != null) {
            throw new CatalogException("地区代码 " + region.code() + " 重复 · region code " + region.code()
                    + " is listed twice");
        }
        byName.put(region.name(), region);
        region.aliases().forEach(alias -> byName.putIfAbsent(alias, region));
    }

    public Region city() {
        return city;
    }

    public List<Region> all() {
        return List.copyOf(byCode.values());
    }

    /** Accepts a 6-digit GB/T 2260 code or a 12-digit 统计用区划代码 (whose first six digits are the county code). */
    public Optional<Region> byCode(String code) {
        String key = code.length() == 12 && code.endsWith("000000") ? code.substring(0, 6) : code;
        return Optional.ofNullable(byCode.get(key));
    }

    public Optional<Region> byName(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** The code a region's series is reported under today: the end of its successor chain. */
    public String seriesCode(String code) {
        Region region = byCode.get(code);
        while (region != null && region.successor() != null) {
            region = byCode.get(region.successor());
        }
        return region == null ? code : region.code();
    }
}
