/**
 * The report for people: rounding by the bureau's convention, and the exports of the warehouse's report tables to
 * Excel (one sheet per table), CSV (one file per table) and one offline HTML page with ECharts charts. It opens the
 * warehouse read-only and discovers the tables from their comments; it never changes the warehouse. A publication
 * (the year's full set) also records a vintage under home/vintages/ ({@link org.lianggang.report.Vintages}), which
 * the next build reads back.
 */
package org.lianggang.report;
