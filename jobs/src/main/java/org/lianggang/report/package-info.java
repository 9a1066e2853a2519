/**
 * The report for people: rounding by the bureau's convention, and the exports of the warehouse's report tables to
 * Excel (one sheet per table), CSV (one file per table) and one offline HTML page with ECharts charts. It opens the
 * warehouse read-only and discovers the tables from their comments; it never changes the warehouse.
 */
package org.lianggang.report;
