/**
 * The DuckDB warehouse: runs {@code warehouse/*.sql} in file-name order into a new database file, runs the data
 * tests in {@code warehouse/tests/}, and swaps the file in only when all pass, so readers never see a half-built
 * warehouse. It reads the lake and the catalog; it never writes the lake. It also opens the analyst's connection
 * ({@code lianggang sql}), locked down so that nothing can be written through it.
 */
package org.lianggang.warehouse;
