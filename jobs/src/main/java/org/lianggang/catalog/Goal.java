package org.lianggang.catalog;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A main goal (主要目标) of a plan's domain and the indicators that monitor it: one goal, several indicators
 * (人均预期寿命延长，人均健康预期寿命提高 is watched through both life expectancies). 达标 is judged per indicator.
 */
public record Goal(@JsonProperty(required = true) String code, @JsonProperty(required = true) String name,
                   @JsonProperty(required = true) List<Indicator> indicators) {

    public Goal {
        indicators = List.copyOf(indicators);
    }
}
