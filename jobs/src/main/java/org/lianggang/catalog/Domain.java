package org.lianggang.catalog;

import java.util.List;

/** A domain (领域) of a plan, e.g. 妇女与健康. */
public record Domain(String code, String name, List<Indicator> indicators) {

    public Domain {
        indicators = List.copyOf(indicators);
    }
}
