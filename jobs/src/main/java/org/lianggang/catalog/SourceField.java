package org.lianggang.catalog;

import java.util.Arrays;
import java.util.Optional;

/** The fixed (non-value) columns a source layout can map, by their key in the layout YAML. */
public enum SourceField {
    REGION_CODE, REGION_NAME, YEAR, INDICATOR_CODE, STATUS, NOTE;

    public String key() {
        return name().toLowerCase();
    }

    static Optional<SourceField> ofKey(String key) {
        return Arrays.stream(values()).filter(f -> f.key().equals(key)).findFirst();
    }
}
