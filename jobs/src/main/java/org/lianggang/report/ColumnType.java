package org.lianggang.report;

import java.util.Locale;

/** How an export writes a column: whole numbers, decimals (rounded for presentation) or text. */
public enum ColumnType {
    INTEGER, DECIMAL, TEXT;

    /** From a DuckDB type name as {@code duckdb_columns()} gives it. */
    static ColumnType of(String duckdbType) {
        String type = duckdbType.toUpperCase(Locale.ROOT);
        if (type.matches("(U?)(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT)")) {
            return INTEGER;
        }
        if (type.equals("DOUBLE") || type.equals("FLOAT") || type.startsWith("DECIMAL")) {
            return DECIMAL;
        }
        return TEXT;
    }
}
