package org.lianggang.lake;

import org.lianggang.Durable;
import org.lianggang.FileMover;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.lianggang.ClassPathText;

/**
 * The load manifest: one small Parquet file per committed load, created by an atomic rename, so that appending an
 * entry is all-or-nothing. A commit takes the next sequence number and names its file after it (as Delta Lake
 * numbers its log), so the commit order is in the file names and no clock decides which load is current. Commits
 * happen under the run lock; a number already taken is refused, never overwritten. Read back through DuckDB, the
 * same engine the warehouse uses.
 */
final class ManifestStore {

    private static final String QUERY = ClassPathText.read("lake/manifest.sql");

    private final Path dir;
    private final Supplier<String> schemaFile;

    /** {@code schemaFile}: an empty manifest file with the current schema, read with the entries. */
    ManifestStore(Path dir, Supplier<String> schemaFile) {
        this.dir = dir;
        this.schemaFile = schemaFile;
    }

    /** Commits {@code entry} as the next entry of the manifest; returns it with its sequence number. */
    ManifestEntry append(ManifestEntry entry, Lake lake, FileMover mover) throws IOException {
        List<ManifestEntry> entries = entries();
        long sequence = entries.isEmpty() ? 1 : entries.get(entries.size() - 1).sequence() + 1;
        ManifestEntry committed = entry.committedAs(sequence);
        Path staging = lake.stagingDir();
        Path file = staging.resolve(fileName(sequence));
        try (LakeFileWriter<ManifestEntry> writer = ParquetFiles.open(file, ManifestEntry.TABLE)) {
            writer.write(committed);
        }
        Durable.force(file);
        Files.createDirectories(dir);
        Path target = dir.resolve(file.getFileName());
        try {
            if (Files.exists(target)) {
                throw new FileAlreadyExistsException(target.toString(), null,
                        "manifest entry " + sequence + " was committed by another process while this one ran");
            }
            mover.move(file, target);
            Durable.forceDirectory(dir);
        } finally {
            lake.discard(staging);
        }
        return committed;
    }

    static String fileName(long sequence) {
        return String.format("%020d.parquet", sequence);
    }

    /** Every entry, in commit order. */
    List<ManifestEntry> entries() {
        if (!hasFiles()) {
            return List.of();
        }
        String sql = QUERY.replace("${manifest_glob}", quoted(dir.resolve("*.parquet").toString()))
                .replace("${manifest_schema}", quoted(schemaFile.get()));
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(sql)) {
            List<ManifestEntry> entries = new ArrayList<>();
            while (rs.next()) {
                // An entry from before sequence numbers has none: its place in the order stands for it.
                long sequence = rs.getObject(1) == null ? entries.size() + 1 : rs.getLong(1);
                entries.add(new ManifestEntry(sequence, rs.getString(2), rs.getString(3), rs.getInt(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getLong(8), rs.getLong(9),
                        rs.getLong(10), rs.getLong(11), Instant.ofEpochMilli(rs.getLong(12)),
                        fingerprint(rs.getObject(13), rs.getObject(14))));
            }
            return entries;
        } catch (SQLException e) {
            throw new IllegalStateException(unreadable().orElse("cannot read the load manifest in " + dir + ": "
                    + e.getMessage()), e);
        }
    }

    /** Names the damaged manifest files, after a read of them all failed. */
    private Optional<String> unreadable() {
        List<Path> files;
        try (Stream<Path> listing = Files.list(dir)) {
            files = listing.filter(f -> f.toString().endsWith(".parquet")).sorted().toList();
        } catch (IOException e) {
            return Optional.empty();
        }
        List<String> messages = new ArrayList<>();
        UnreadableParquet.among(files).forEach((file, error) -> messages.add("导入记录文件 " + file
                + " 已损坏，无法读取（" + error + "），所有导入和构建都已停止。请从备份恢复该文件；若无备份，把它移出 "
                + dir + "，再重新导入这次提交的文件（该分区回到上一次提交的内容）"
                + " | manifest file is damaged and cannot be read, so nothing can be ingested or built: restore it"
                + " from a backup, or move it out of the manifest folder and ingest that commit's file again"));
        return messages.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", messages));
    }

    private static String quoted(String path) {
        return path.replace("'", "''");
    }

    /** Entries committed before fingerprints were recorded read NULL for both. */
    private static DataFileFingerprint fingerprint(Object size, Object crc32c) {
        return size == null || crc32c == null ? DataFileFingerprint.NOT_RECORDED
                : new DataFileFingerprint(((Number) size).longValue(), ((Number) crc32c).longValue());
    }

    /** The newest entry of every partition (a retraction included). */
    Collection<ManifestEntry> currentEntries() {
        Map<String, ManifestEntry> current = new LinkedHashMap<>();
        entries().forEach(e -> current.put(e.table() + "/" + e.source() + "/" + e.year(), e));
        return current.values();
    }

    /** The partition's newest entry: the last one committed, whatever the clocks said. */
    Optional<ManifestEntry> latest(String table, String source, int year) {
        ManifestEntry latest = null;
        for (ManifestEntry e : entries()) {
            if (e.table().equals(table) && e.source().equals(source) && e.year() == year) {
                latest = e;
            }
        }
        return Optional.ofNullable(latest);
    }

    /** The entries' files, in name order (the commit order, for entries with a sequence number). */
    List<Path> files() {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".parquet")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
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
