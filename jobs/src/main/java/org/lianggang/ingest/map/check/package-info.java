/**
 * The checks of mapped figures: a cell against its element, the catalog's validation rules within a row and across
 * the rows of a region, 合计 and the city's row against the sum of the county rows, and keys given twice, with
 * memory bounded by the catalog, not by the file.
 */
package org.lianggang.ingest.map.check;
