package org.lianggang.warehouse;

import org.lianggang.Messages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.lianggang.ClassPathText;

/** The warehouse file under home and the SQL models that build it. */
public final class Warehouse {

    private static final String INPUTS_DIGEST = ClassPathText.read("warehouse/inputs-digest.sql");
    private static final String CONFIG_DIGEST = ClassPathText.read("warehouse/config-digest.sql");

    private final Path file;
    private final Path models;

    public Warehouse(Path file, Path models) {
        this.file = file;
        this.models = models;
    }

    public Path file() {
        return file;
    }

    public Path models() {
        return models;
    }

    /** A read-only connection: DuckDB refuses every write through it, and it never blocks another reader. */
    public Connection openReadOnly() throws SQLException {
        requireFile();
        Properties properties = new Properties();
        properties.setProperty("duckdb.read_only", "true");
        return DriverManager.getConnection("jdbc:duckdb:" + file, properties);
    }

    /**
     * The analyst's connection ({@code lianggang sql}): the warehouse read-only, files readable only under
     * {@code readable}, no extensions, the configuration locked (see {@link AnalystConnection}). Run only
     * statements that {@link AnalystStatement#parse} finds to be queries on it.
     */
    public Connection openForAnalyst(List<Path> readable) throws SQLException {
        requireFile();
        return AnalystConnection.open(file, readable);
    }

    /** The digest of the inputs the warehouse in place was built from (build_info), if it records one. */
    Optional<String> inputsDigest() {
        return buildInfo(INPUTS_DIGEST);
    }

    /** The digest of the code, models, catalog and settings it was built with (build_info), if it records one. */
    public Optional<String> configDigest() {
        return buildInfo(CONFIG_DIGEST);
    }

    private Optional<String> buildInfo(String sql) {
        try (Connection connection = openReadOnly(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(sql)) {
            return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
        } catch (IllegalStateException | SQLException e) {
            // no warehouse, or one built before it recorded this (no build_info, or no such column)
            return Optional.empty();
        }
    }

    private void requireFile() {
        if (!Files.exists(file)) {
            throw new IllegalStateException(Messages.pick("还没有数据仓库 " + file + "：请先运行 'lianggang build'（或 'demo'）",
                    "no warehouse yet at " + file + ": run 'lianggang build' (or 'demo') first"));
        }
    }
}
