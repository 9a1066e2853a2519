/**
 * Ingest of department exports, one Spring Batch execution per file: read the export, map its columns by the
 * source layout, parse and validate values, and hand accepted rows to the lake as one staged partition.
 * Problems are values with codes that name file, row and column; this package never touches the warehouse.
 */
package org.lianggang.ingest;
