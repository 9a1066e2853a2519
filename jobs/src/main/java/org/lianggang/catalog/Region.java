package org.lianggang.catalog;

import java.util.List;

/**
 * A region (行政区划) with its GB/T 2260 code and the report years it is valid for. A replaced code names its
 * successor, so a series runs on under the newest code (柳江县 450221 → 柳江区 450206). A zone (新区) whose figures a
 * county's export already holds names that county in {@code includedIn}: it is shown, never added into a total.
 */
public record Region(String code, String name, RegionLevel level, String parentCode, Integer validFrom,
                     Integer validTo, String successor, List<String> aliases, String includedIn) {

    public Region {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }

    public Region(String code, String name, RegionLevel level, String parentCode, Integer validFrom,
                  Integer validTo, String successor, List<String> aliases) {
        this(code, name, level, parentCode, validFrom, validTo, successor, aliases, null);
    }

    public boolean validIn(int year) {
        return (validFrom == null || year >= validFrom) && (validTo == null || year <= validTo);
    }
}
