package org.lianggang.report;

/** The export formats of {@code lianggang report}: one workbook, one CSV file per table, one HTML page. */
public enum ReportFormat {
    xlsx, csv, html
}
