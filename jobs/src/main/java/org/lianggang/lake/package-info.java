/**
 * The Parquet lake: canonical tables written through parquet-java without the Hadoop runtime, partitions
 * committed atomically (temp file, rename, then the manifest row), and the load manifest that says which file
 * each (source, year) partition currently holds. It knows nothing of catalogs, SQL models or reports.
 */
package org.lianggang.lake;
