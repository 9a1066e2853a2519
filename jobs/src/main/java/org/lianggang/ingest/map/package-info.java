/**
 * Turns the rows of an export into lake records by its source layout: the wide, the long and the assessment
 * mapper, the region and year columns, the report year a title names. A row with any problem yields no record.
 * The parts below: {@code map.header} (find and name the columns), {@code map.value} (read a cell), {@code map.check}
 * (cells, rules, totals, duplicate keys).
 */
package org.lianggang.ingest.map;
