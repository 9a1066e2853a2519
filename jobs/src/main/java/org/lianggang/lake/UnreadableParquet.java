package org.lianggang.lake;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which of some Parquet files DuckDB cannot read in full, and why. DuckDB's errors for a damaged file ("don't know
 * what type") often do not say which file of a glob it was; this reads each file on its own (every column of every
 * row, not just the footer), so that the message can name it. Only run after a read has failed.
 */
final class UnreadableParquet {

    private UnreadableParquet() {
    }

    /** The unreadable files with DuckDB's error for each; empty if every file reads. */
    static Map<Path, String> among(List<Path> files) {
        Map<Path, String> unreadable = new LinkedHashMap<>();
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:")) {
            for (Path file : files) {
                // A failed statement is closed by the driver: one statement per file.
                try (Statement statement = connection.createStatement();
                     ResultSet rs = statement.executeQuery("SELECT max(length(CAST(f AS VARCHAR))) FROM read_parquet('"
                             + file.toString().replace("'", "''") + "') AS f")) {
                    rs.next();
                } catch (SQLException e) {
                    unreadable.put(file, firstLine(e.getMessage()));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot open DuckDB to check Parquet files: " + e.getMessage(), e);
        }
        return unreadable;
    }

    private static String firstLine(String message) {
        String text = String.valueOf(message).strip();
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline).strip();
    }
}
