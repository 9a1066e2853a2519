package org.lianggang.catalog;

/**
 * What a department reports (数据项), e.g. 活产数. Additive elements are counts that may be summed over
 * counties; the others (rates, ratios, years) are only ever read for the region that reported them.
 */
public record DataElement(String code, String name, String unit, boolean additive) {
}
