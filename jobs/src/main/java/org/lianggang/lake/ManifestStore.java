package org.lianggang.lake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The load manifest: one small Parquet file per committed load, created by an atomic rename, so that appending an
 * entry is all-or-nothing. Read back through DuckDB, the same engine the warehouse uses.
 */
final class ManifestStore {

    private static final String COLUMNS = "table_name, source, year, file_name, data_file, sha256, rows_read,"
            + " rows_written, rows_rejected, job_execution_id, epoch_ms(committed_at)";

    private final Path dir;

    ManifestStore(Path dir) {
        this.dir = dir;
    }

    void append(ManifestEntry entry, Lake lake, FileMover mover) throws IOException {
        Path staging = lake.stagingDir();
        Path file = staging.resolve(entry.committedAt().toEpochMilli() + "-" + entry.table() + "-" + entry.source()
                + "-" + entry.year() + ".parquet");
        try (LakeFileWriter<ManifestEntry> writer = ParquetFiles.open(file, ManifestEntry.TABLE)) {
            writer.write(entry);
        }
        Lake.force(file);
        Files.createDirectories(dir);
        try {
            mover.move(file, dir.resolve(file.getFileName()));
        } finally {
            lake.discard(staging);
        }
    }

    List<ManifestEntry> entries() {
        if (!hasFiles()) {
            return List.of();
        }
        String sql = "SELECT " + COLUMNS + " FROM read_parquet('" + dir.resolve("*.parquet").toString()
                .replace("'", "''") + "') ORDER BY committed_at";
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(sql)) {
            List<ManifestEntry> entries = new ArrayList<>();
            while (rs.next()) {
                entries.add(new ManifestEntry(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getLong(7), rs.getLong(8), rs.getLong(9),
                        rs.getLong(10), Instant.ofEpochMilli(rs.getLong(11))));
            }
            return entries;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the load manifest in " + dir + ": " + e.getMessage(), e);
        }
    }

    /** The newest entry of every partition (a retraction included). */
    Collection<ManifestEntry> currentEntries() {
        Map<String, ManifestEntry> current = new LinkedHashMap<>();
        entries().forEach(e -> current.put(e.table() + "/" + e.source() + "/" + e.year(), e));
        return current.values();
    }

    Optional<ManifestEntry> latest(String table, String source, int year) {
        return entries().stream()
                .filter(e -> e.table().equals(table) && e.source().equals(source) && e.year() == year)
                .max(Comparator.comparing(ManifestEntry::committedAt));
    }

    private boolean hasFiles() {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(f -> f.toString().endsWith(".parquet"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }
}
