package org.lianggang.ingest.map.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SeenKeysTest {

    @Test
    void aKeyIsFreshOnceAndEveryPartOfItCounts() {
        SeenKeys seen = new SeenKeys(List.of("450202", "450203"), List.of("live_births", "employed_persons"));
        assertThat(seen.add("450202", "live_births", "T", "total", null)).isTrue();
        assertThat(seen.add("450202", "live_births", "T", "total", null)).isFalse();
        assertThat(seen.add("450202", "live_births", "T", "total", "")).isFalse();
        assertThat(seen.add("450203", "live_births", "T", "total", null)).isTrue();
        assertThat(seen.add("450202", "employed_persons", "T", "total", null)).isTrue();
        assertThat(seen.add("450202", "live_births", "F", "total", null)).isTrue();
        assertThat(seen.add("450202", "live_births", "T", "urban", null)).isTrue();
        assertThat(seen.add("450202", "live_births", "T", "total", "0-4岁")).isTrue();
        assertThat(seen.add("450202", "live_births", "T", "total", "0-4岁")).isFalse();
        assertThat(seen.add("450203", "employed_persons", "M", "rural", "65岁及以上")).isTrue();
        assertThat(seen.add("450203", "employed_persons", "M", "rural", "65岁及以上")).isFalse();
    }
}
