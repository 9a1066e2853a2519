package org.lianggang.lake;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.lianggang.ClassPathText;

/**
 * Data files written before the lake was Hive-clean: {@code source} and {@code year} inside the file as well as in
 * its {@code source=…/year=…/} path, which pandas and Spark refuse (the path's column and the file's clash). An
 * upgrade rewrites each current such file in the present format, through the same staging and commit as an ingest:
 * a new file beside the old one ({@code part-<sha>-hive.parquet}, never the old name, which the warehouse in place
 * still reads), then a manifest entry for the same received file (same name, SHA-256, row counts and job). Each
 * partition changes atomically; a crash between partitions leaves the rest for the next upgrade, which skips the
 * partitions already done, so running it again is always safe. The superseded files go with the next build's swap.
 */
final class LegacyLakeFiles {

    private static final String DATA_VALUE = ClassPathText.read("lake/legacy_data_value.sql");
    private static final String ASSESSMENT = ClassPathText.read("lake/legacy_assessment.sql");
    private static final String COLUMNS = ClassPathText.read("lake/legacy_columns.sql");

    private LegacyLakeFiles() {
    }

    /** Whether a data file holds a partition column itself (the format before the lake was Hive-clean). */
    static boolean legacy(Path file) {
        // DuckDB reads the footer: parquet-java's reader would pull in Hadoop's file system classes.
        String sql = COLUMNS.replace("${file}", file.toString().replace("'", "''"));
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1) > 0;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the footer of lake file " + file + ": " + e.getMessage(), e);
        }
    }

    /** Rewrites every current legacy file of {@code lake}; returns the entries committed (empty: nothing to do). */
    static List<ManifestEntry> upgrade(Lake lake, List<ManifestEntry> current) {
        List<ManifestEntry> committed = new ArrayList<>();
        for (ManifestEntry entry : current) {
            Path file = lake.root().resolve(entry.dataFile());
            if (legacy(file)) {
                committed.add(entry.table().equals(DataValue.TABLE.name())
                        ? rewrite(lake, entry, file, DataValue.TABLE, DATA_VALUE, LegacyLakeFiles::dataValue)
                        : rewrite(lake, entry, file, Assessment.TABLE, ASSESSMENT, LegacyLakeFiles::assessment));
            }
        }
        return committed;
    }

    private interface RowReader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private static <T> ManifestEntry rewrite(Lake lake, ManifestEntry entry, Path file, LakeTable<T> table,
                                             String query, RowReader<T> rows) {
        String sql = query.replace("${file}", file.toString().replace("'", "''"));
        try (StagedPartition<T> staged = lake.stage(table, entry.source(), entry.year(), entry.sha256(),
                Lake.upgradedFileName(entry.sha256()));
             Connection connection = DriverManager.getConnection("jdbc:duckdb:");
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(sql)) {
            while (rs.next()) {
                String source = rs.getString("source");
                int year = rs.getInt("year");
                if (!source.equals(entry.source()) || year != entry.year()) {
                    // Never seen: a file's rows are its partition's. Refuse rather than drop what the path hides.
                    throw new IllegalStateException("湖文件 " + entry.dataFile() + " 中有来源 " + source + "、年份 " + year
                            + " 的行，与其分区不符，无法升级 | lake file holds a row of another partition ("
                            + source + ", " + year + "): not upgraded");
                }
                staged.write(rows.read(rs));
            }
            if (staged.rows() != entry.rowsWritten()) {
                throw new IllegalStateException("lake file " + entry.dataFile() + " holds " + staged.rows()
                        + " rows, its manifest entry #" + entry.sequence() + " says " + entry.rowsWritten()
                        + ": not upgraded");
            }
            return lake.commit(staged, entry.fileName(), entry.rowsRead(), entry.rowsRejected(),
                    entry.jobExecutionId());
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read lake file " + file + " to upgrade it: " + e.getMessage(), e);
        }
    }

    private static DataValue dataValue(ResultSet rs) throws SQLException {
        return new DataValue(rs.getInt("year"), rs.getString("region_code"), rs.getString("element"),
                rs.getString("sex"), rs.getString("area"), rs.getString("age_group"),
                (Double) rs.getObject("value"), rs.getString("missing_reason"), rs.getString("source"),
                rs.getString("file_sha256"), rs.getLong("row_number"), Instant.ofEpochMilli(rs.getLong("loaded_ms")));
    }

    private static Assessment assessment(ResultSet rs) throws SQLException {
        return new Assessment(rs.getInt("year"), rs.getString("region_code"), rs.getString("indicator_code"),
                rs.getString("status"), rs.getString("note"), rs.getString("source"), rs.getString("file_sha256"),
                rs.getLong("row_number"), Instant.ofEpochMilli(rs.getLong("loaded_ms")));
    }
}
