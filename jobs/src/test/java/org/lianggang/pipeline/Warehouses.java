package org.lianggang.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import org.lianggang.lake.Lake;
import org.lianggang.lake.ManifestEntry;

/** Compares two homes the way an auditor would: table by table through DuckDB, and the lake's files on disk. */
final class Warehouses {

    private Warehouses() {
    }

    /** Rows in one warehouse and not the other, both ways (EXCEPT ALL keeps duplicates honest). */
    static long difference(Path home, Path other, String table, String columns) throws Exception {
        return difference(home, other, table, columns, "true");
    }

    /** As {@link #difference(Path, Path, String, String)}, over the rows of both that {@code where} keeps. */
    static long difference(Path home, Path other, String table, String columns, String where) throws Exception {
        try (Connection c = Pipeline.warehouse(home); Statement s = c.createStatement()) {
            s.execute("ATTACH '" + other.resolve("warehouse.duckdb") + "' AS other (READ_ONLY)");
            String mine = "SELECT " + columns + " FROM " + table + " WHERE " + where;
            String theirs = "SELECT " + columns + " FROM other." + table + " WHERE " + where;
            try (ResultSet rs = s.executeQuery("SELECT (SELECT count(*) FROM (" + mine + " EXCEPT ALL " + theirs
                    + ")) + (SELECT count(*) FROM (" + theirs + " EXCEPT ALL " + mine + "))")) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** The differences, per report table and for the facts; all zero when two runs agree. */
    static List<Long> differences(Path home, Path other) throws Exception {
        return List.of(difference(home, other, "indicator_value", "*"),
                difference(home, other, "indicator_status", "*"),
                difference(home, other, "report_summary", "*"),
                difference(home, other, "fact_data_value", "* EXCLUDE (loaded_at)"),
                difference(home, other, "fact_assessment", "* EXCLUDE (loaded_at)"),
                difference(home, other, "current_load", "table_name, source, year, file_name, sha256, rows_read,"
                        + " rows_written, rows_rejected"));
    }

    /** Parquet files in the lake that no current manifest entry points to, and anything left in staging. */
    static List<Path> debris(Path home) throws IOException {
        Path lake = home.resolve("lake");
        List<Path> current = new Lake(lake).manifest().stream().filter(e -> !e.retracted())
                .map(ManifestEntry::dataFile).map(lake::resolve).toList();
        try (Stream<Path> files = Files.walk(lake)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> f.startsWith(lake.resolve("_staging"))
                            || (f.toString().endsWith(".parquet") && !f.startsWith(lake.resolve("load_manifest"))
                            && !f.startsWith(lake.resolve("_schema")) && !current.contains(f)))
                    .toList();
        }
    }
}
