package org.lianggang.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.lianggang.ClassPathText;
import org.lianggang.ingest.FileDigest;
import org.lianggang.FileMover;
import org.lianggang.Durable;
import org.lianggang.warehouse.Warehouse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * The published vintages under {@code <home>/vintages/<year>/v<NNN>/}: every publication of a year's report records
 * one, before its report set is swapped in. A vintage keeps what was printed — the year's report_indicator and
 * report_summary (flags included), its 本版与上一版相比的变化 (report_revision), the lake loads, code and catalog digests
 * it was built from ({@code vintage.json}, and Parquet the warehouse build reads back), and the published files
 * themselves (copies, under {@code files/}: a hard link would share its bytes with the published file, so a
 * spreadsheet saved in place into the set would rewrite the vintage too). It is written into a staging directory,
 * forced to disk, made read-only and renamed into place: all or nothing, and a vintage once committed is never
 * changed.
 * Call only under the run lock, as the report sets are.
 */
final class Vintages {

    private static final Logger log = LoggerFactory.getLogger(Vintages.class);
    private static final Pattern VINTAGE = Pattern.compile("v(\\d{3,})");
    private static final String STAGING_PREFIX = ".staging-";
    private static final String SNAPSHOT = ClassPathText.read("report/vintage/snapshot.sql");
    private static final String READ = ClassPathText.read("report/vintage/read.sql");
    private static final String HAS_VINTAGES = ClassPathText.read("report/vintage/has-vintages.sql");
    private static final String UNCHANGED = ClassPathText.read("report/vintage/unchanged.sql");

    /** No vintages (small test warehouses without the vintage models). */
    static final Vintages NONE = new Vintages(null, null, FileMover.ATOMIC, Clock.systemUTC());

    private final Path root;
    private final Warehouse warehouse;
    private final FileMover mover;
    private final Clock clock;

    Vintages(Path root, Warehouse warehouse, FileMover mover, Clock clock) {
        this.root = root;
        this.warehouse = warehouse;
        this.mover = mover;
        this.clock = clock;
    }

    /** The vintage directory of a year and number. */
    static Path directory(Path root, int year, int vintage) {
        return root.resolve(String.valueOf(year)).resolve(String.format("v%03d", vintage));
    }

    /**
     * Records the publication of {@code year} whose report files are {@code files} (in its unpublished set) as the
     * year's next vintage; returns its directory, or empty when this writer keeps none, the warehouse was built
     * before vintages (rebuild it: its report tables then carry the flags and the list of changes), or the year
     * prints exactly what its latest vintage printed (that vintage still reproduces every figure).
     */
    Optional<Path> record(int year, List<Path> files) throws Exception {
        if (root == null) {
            return Optional.empty();
        }
        Path yearDir = root.resolve(String.valueOf(year));
        Files.createDirectories(yearDir);
        sweepStaging(yearDir);
        int vintage = latest(yearDir) + 1;
        Path staging = Files.createTempDirectory(yearDir, STAGING_PREFIX);
        try {
            try (Connection connection = warehouse.openReadOnly()) {
                if (!hasVintageModels(connection)) {
                    log.warn("step=vintage year={} skipped: the warehouse was built before vintages; run build", year);
                    return Optional.empty();
                }
                if (unchanged(connection, year, vintage - 1)) {
                    log.info("step=vintage year={} unchanged since vintage {}: no new vintage", year, vintage - 1);
                    return Optional.empty();
                }
                List<Map<String, Object>> published = copyFiles(files, staging.resolve("files"));
                snapshot(connection, year, vintage, published.size(), staging);
                Map<String, Object> manifest = new LinkedHashMap<>(rows(connection, staging.resolve("vintage.parquet"))
                        .get(0));
                manifest.put("loads", rows(connection, staging.resolve("loads.parquet")));
                manifest.put("files", published);
                Files.writeString(staging.resolve("vintage.json"), JsonMapper.builder().build()
                        .writerWithDefaultPrettyPrinter().writeValueAsString(manifest), StandardCharsets.UTF_8);
                Path committed = commit(staging, directory(root, year, vintage));
                log.info("step=vintage year={} vintage={} compared_with={} revisions={} files={} dir={}", year,
                        vintage, manifest.get("compared_with"), manifest.get("revisions"), published.size(),
                        committed);
                return Optional.of(committed);
            }
        } finally {
            ReportSets.deleteTree(staging);
        }
    }

    private static boolean hasVintageModels(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(HAS_VINTAGES)) {
            return rs.next() && rs.getBoolean(1);
        }
    }

    private static boolean unchanged(Connection connection, int year, int latest) throws SQLException {
        String sql = UNCHANGED.replace("${year}", Integer.toString(year)).replace("${latest}", Integer.toString(latest));
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            return rs.next() && rs.getBoolean(1);
        }
    }

    private void snapshot(Connection connection, int year, int vintage, int files, Path dir) throws SQLException {
        String sql = SNAPSHOT.replace("${year}", Integer.toString(year))
                .replace("${vintage}", Integer.toString(vintage))
                .replace("${files}", Integer.toString(files))
                .replace("${published_at}", clock.instant().toString())
                .replace("${dir}", dir.toString().replace("'", "''"));
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /**
     * Forces every file and the directory, makes the files read-only (a spreadsheet program then offers 另存为 instead
     * of saving over a vintage), then renames it into place; a number already taken is refused.
     */
    private Path commit(Path staging, Path target) throws IOException {
        try (Stream<Path> walk = Files.walk(staging)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                Durable.force(file);
                if (!file.toFile().setWritable(false, false)) {
                    throw new IOException("cannot make " + file + " read-only");
                }
            }
        }
        Durable.forceDirectory(staging.resolve("files"));
        Durable.forceDirectory(staging);
        if (Files.exists(target)) {
            throw new IOException("vintage " + target + " exists already: another process published meanwhile");
        }
        mover.move(staging, target);
        Durable.forceDirectory(target.getParent());
        return target;
    }

    /** The published files, copied, with their size and SHA-256. */
    private static List<Map<String, Object>> copyFiles(List<Path> files, Path dir) throws IOException {
        Files.createDirectories(dir);
        List<Map<String, Object>> listed = new ArrayList<>();
        for (Path file : files) {
            Path copy = dir.resolve(file.getFileName());
            Files.copy(file, copy);
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("file", file.getFileName().toString());
            entry.put("size", Files.size(copy));
            entry.put("sha256", FileDigest.sha256(copy));
            listed.add(entry);
        }
        return listed;
    }

    private static List<Map<String, Object>> rows(Connection connection, Path parquet) throws SQLException {
        List<Map<String, Object>> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(READ.replace("${file}",
                     parquet.toString().replace("'", "''")))) {
            ResultSetMetaData meta = rs.getMetaData();
            while (rs.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (int c = 1; c <= meta.getColumnCount(); c++) {
                    Object value = rs.getObject(c);
                    row.put(meta.getColumnLabel(c), value == null || value instanceof Number ? value : rs.getString(c));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    /** The year's highest committed vintage number, 0 when none. */
    private static int latest(Path yearDir) throws IOException {
        try (Stream<Path> entries = Files.list(yearDir)) {
            return entries.map(p -> VINTAGE.matcher(p.getFileName().toString()))
                    .filter(java.util.regex.Matcher::matches)
                    .mapToInt(m -> Integer.parseInt(m.group(1))).max().orElse(0);
        }
    }

    /** A killed publication's staging directory goes; committed vintages are never touched. */
    private static void sweepStaging(Path yearDir) throws IOException {
        try (Stream<Path> entries = Files.list(yearDir)) {
            for (Path entry : entries.filter(p -> p.getFileName().toString().startsWith(STAGING_PREFIX)).toList()) {
                ReportSets.deleteTree(entry);
            }
        }
    }
}
