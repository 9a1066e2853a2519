package org.lianggang.catalog;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * The level of a region: 全国, 省/自治区, 地级市, 县/区 (GB/T 2260), or a 新区/功能区 under a city that has no GB/T 2260
 * code. Each level may sit only under the levels it names (a county under a city, or under a province for the
 * 省直辖县级 units; a zone under a city).
 */
public enum RegionLevel {
    COUNTRY, PROVINCE, CITY, COUNTY, ZONE;

    public String code() {
        return name().toLowerCase();
    }

    /** The levels a region of this level may have as its parent. */
    public Set<RegionLevel> parentLevels() {
        return switch (this) {
            case COUNTRY -> Set.of();
            case PROVINCE -> Set.of(COUNTRY);
            case CITY -> Set.of(PROVINCE);
            case COUNTY -> Set.of(CITY, PROVINCE);
            case ZONE -> Set.of(CITY);
        };
    }

    public static Optional<RegionLevel> ofCode(String code) {
        return Arrays.stream(values()).filter(l -> l.code().equals(code)).findFirst();
    }
}
