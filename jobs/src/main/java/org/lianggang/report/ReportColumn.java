package org.lianggang.report;

/**
 * A column of a report table.
 *
 * @param name        the SQL name ({@code met_rate})
 * @param title       the Chinese title from the column comment ({@code 达标率}), or the name when it has none
 * @param description the English part of the comment, or empty
 * @param type        how exports write its values
 */
public record ReportColumn(String name, String title, String description, ColumnType type) {

    /** Years and codes are identifiers: never written with a thousands separator. */
    public boolean isIdentifier() {
        return name.equals("year") || name.endsWith("_year") || name.endsWith("_code");
    }
}
