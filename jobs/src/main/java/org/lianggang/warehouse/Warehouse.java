package org.lianggang.warehouse;

import org.lianggang.Messages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Properties;

/** The warehouse file under home and the SQL models that build it. */
public final class Warehouse {

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

    private void requireFile() {
        if (!Files.exists(file)) {
            throw new IllegalStateException(Messages.pick("还没有数据仓库 " + file + "：请先运行 'lianggang build'（或 'demo'）",
                    "no warehouse yet at " + file + ": run 'lianggang build' (or 'demo') first"));
        }
    }
}
