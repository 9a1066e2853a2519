package org.lianggang.catalog;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** A domain (领域) of a plan, e.g. 妇女与健康. */
public record Domain(String code, @JsonProperty(required = true) String name,
                     @JsonProperty(required = true) List<Indicator> indicators) {

    public Domain {
        indicators = List.copyOf(indicators);
    }
}
