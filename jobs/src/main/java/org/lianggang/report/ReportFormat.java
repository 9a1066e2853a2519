package org.lianggang.report;

/**
 * The export formats of {@code lianggang report}: one workbook, one CSV file per table, one Word document (the
 * 监测统计报告 in prose), one HTML page.
 */
public enum ReportFormat {
    xlsx, csv, docx, html
}
