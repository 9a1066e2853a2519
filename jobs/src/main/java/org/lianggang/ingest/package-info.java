/**
 * Ingest of department exports, one Spring Batch execution per file: open the export ({@code read}), map its columns
 * by the source layout and check its values ({@code map}), and hand accepted rows to the lake as one staged
 * partition; the launcher, the rejects file, the reject threshold and the outcome of a load live here. Problems are
 * values with codes that name file, row and column ({@code problem}); the packages below never import this one, and
 * none of them touches the warehouse.
 */
package org.lianggang.ingest;
