/**
 * The header of an export: where it is, which column holds which field or value of the layout (aliases, units
 * written in the header or above it, columns without a name), repeated page headers, and what kind a row is (data,
 * 合计, 小计, notes).
 */
package org.lianggang.ingest.map.header;
