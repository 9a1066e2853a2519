package org.lianggang.catalog;

import java.util.Arrays;
import java.util.Optional;

/**
 * The fixed (non-value) columns a source layout can map, by their key in the layout YAML. ELEMENT … VALUE are the
 * columns of a long layout ({@link LayoutShape#LONG}).
 */
public enum SourceField {
    REGION_CODE, REGION_NAME, YEAR, INDICATOR_CODE, STATUS, NOTE, ELEMENT, SEX, AREA, AGE_GROUP, VALUE;

    public String key() {
        return name().toLowerCase();
    }

    static Optional<SourceField> ofKey(String key) {
        return Arrays.stream(values()).filter(f -> f.key().equals(key)).findFirst();
    }
}
