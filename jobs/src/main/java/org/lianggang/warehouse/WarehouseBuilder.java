package org.lianggang.warehouse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;
import org.lianggang.NoSpaceLeft;
import org.lianggang.catalog.Catalog;
import org.lianggang.LianggangProperties;
import org.lianggang.lake.Lake;
import org.lianggang.lake.LakeFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Builds a new warehouse file from the lake and the catalog and swaps it in. The old file stays in place, and
 * readable, until the new one is complete on disk and has passed every data test; the swap is one atomic rename.
 *
 * <p>Complete on disk: DuckDB keeps recent writes in a write-ahead log beside the file and folds them in when the
 * connection closes, but a checkpoint that fails at close (a full disk) is not reported. So the build checkpoints
 * explicitly (a failure is an error), closes, and then checks the closed file alone: no log left beside it, every
 * table and view there, the data tests run against it. Only then is it renamed over the old one.
 *
 * <p>The lake files are pinned when the build starts ({@link Lake#pin}): the views name exactly the files the
 * report tables were computed from, so a reader sees one lake state until the next swap, whatever is ingested in
 * between. The files the old warehouse alone read are deleted after the swap.
 */
@Component
public class WarehouseBuilder {

    private static final Logger log = LoggerFactory.getLogger(WarehouseBuilder.class);

    private final Warehouse warehouse;
    private final Catalog catalog;
    private final Lake lake;
    private final LianggangProperties properties;
    private final WarehouseFileProperties fileProperties;
    private final FlagProperties flags;

    public WarehouseBuilder(Warehouse warehouse, Catalog catalog, Lake lake, LianggangProperties properties,
                            WarehouseFileProperties fileProperties, FlagProperties flags) {
        this.warehouse = warehouse;
        this.catalog = catalog;
        this.lake = lake;
        this.properties = properties;
        this.fileProperties = fileProperties;
        this.flags = flags;
    }

    /** Builds and swaps in the warehouse; returns the number of models run. */
    public int build() {
        Path target = warehouse.file();
        Path building = target.resolveSibling(target.getFileName() + ".building");
        Path catalogDir = target.resolveSibling(".build-catalog");
        long started = System.nanoTime();
        try {
            Inputs inputs = inputs(catalogDir);
            LakeFiles pinned = inputs.pinned();
            Map<String, String> variables = inputs.variables();
            Files.createDirectories(target.getParent());
            deleteBuilding(building);
            List<Path> models = SqlModels.in(warehouse.models());
            ModelDocs docs = ModelDocs.read(warehouse.models());
            ModelComments comments = new ModelComments(docs);
            long objects;
            Properties storage = new Properties();
            storage.setProperty("storage_compatibility_version", fileProperties.storageVersion());
            if (!fileProperties.memoryLimit().isEmpty()) {
                storage.setProperty("memory_limit", fileProperties.memoryLimit());
            }
            try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + building, storage)) {
                Map<String, Boolean> relations = ModelComments.relations(connection);
                for (Path model : models) {
                    relations = run(connection, model, variables, comments, relations);
                }
                objects = objectCount(connection);
                long checkpoint = System.nanoTime();
                try (Statement statement = connection.createStatement()) {
                    statement.execute("CHECKPOINT");
                }
                log.debug("checkpoint took_ms={}", millisSince(checkpoint));
            }
            List<String> failures = verify(building, objects, variables, docs);
            if (!failures.isEmpty()) {
                deleteBuilding(building);
                throw new WarehouseTestFailure(failures);
            }
            forceToDisk(building);
            Files.move(building, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            log.info("warehouse built: {} models, {} tables and views, data tests passed, swapped in at {}"
                    + " took_ms={}", models.size(), objects, target, millisSince(started));
            // Only now does no warehouse in place name the files this build's loads superseded.
            lake.removeSuperseded(pinned);
            return models.size();
        } catch (IOException e) {
            deleteBuilding(building);
            throw new UncheckedIOException(NoSpaceLeft.describe(e, target.getParent())
                    .orElse("cannot build the warehouse at " + target), e);
        } catch (SQLException e) {
            deleteBuilding(building);
            throw new IllegalStateException(NoSpaceLeft.describe(e, target.getParent())
                    .or(() -> damagedLakeFiles()).orElse(e.getMessage()), e);
        } catch (RuntimeException e) {
            deleteBuilding(building);
            throw e;
        } finally {
            deleteTree(catalogDir);
        }
    }

    /**
     * Whether the warehouse in place was built from exactly what a build would read now — the lake's pinned files,
     * the catalog, the SQL models, the settings, the published figures, the vintages and the code — so that a build
     * would only write the same tables again. False when there is no warehouse, or it cannot tell (a warehouse built
     * before it recorded its inputs, a lake file that fails its check: the build then says what is wrong).
     */
    public boolean upToDate() {
        Path target = warehouse.file();
        if (!Files.isRegularFile(target)) {
            return false;
        }
        Path catalogDir = target.resolveSibling(".build-catalog");
        try {
            String digest = inputs(catalogDir).variables().get("inputs_digest");
            return warehouse.inputsDigest().map(digest::equals).orElse(false);
        } catch (IOException | RuntimeException e) {
            log.debug("up-to-date check: cannot tell, building ({})", e.getMessage());
            return false;
        } finally {
            deleteTree(catalogDir);
        }
    }

    /** What a build reads, pinned: the lake's files (checked, upgraded) and the variables the models render with. */
    private Inputs inputs(Path catalogDir) throws IOException {
        lake.verifyCurrentFiles();
        // A lake written before it was Hive-clean is rewritten first, so that a build never reads (nor leaves
        // for other engines) a lake of two formats; the files it replaces go with this build's swap.
        int upgraded = lake.upgradeFormat().size();
        if (upgraded > 0) {
            log.info("lake upgraded: {} partition files rewritten without their partition columns (Hive-clean)",
                    upgraded);
        }
        LakeFiles pinned = lake.pin();
        deleteTree(catalogDir);
        Files.createDirectories(catalogDir);
        new CatalogTables(catalog).writeTo(catalogDir);
        Map<String, String> variables = ModelVariables.of(properties, flags, pinned, catalogDir,
                fileProperties.storageVersion());
        return new Inputs(pinned, variables);
    }

    private record Inputs(LakeFiles pinned, Map<String, String> variables) {
    }

    /** A build that failed reading the lake names the damaged files (DuckDB's message often does not). */
    private Optional<String> damagedLakeFiles() {
        List<String> damaged = lake.unreadableCurrentFiles();
        return damaged.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", damaged));
    }

    /**
     * Checks the closed file on its own, read-only: nothing left in a write-ahead log beside it, as many tables and
     * views as the build made, and the data tests. Returns the failures (empty: the file may be swapped in).
     */
    private List<String> verify(Path building, long objects, Map<String, String> variables, ModelDocs docs)
            throws SQLException {
        Path wal = building.resolveSibling(building.getFileName() + ".wal");
        if (Files.exists(wal)) {
            throw new SQLException("the new warehouse's write-ahead log was not folded into it at close (" + wal
                    + "): the file alone is incomplete");
        }
        Properties readOnly = new Properties();
        readOnly.setProperty("duckdb.read_only", "true");
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + building, readOnly)) {
            long found = objectCount(connection);
            if (found != objects) {
                throw new SQLException("the new warehouse file holds " + found + " tables and views after closing,"
                        + " not the " + objects + " the build made: the file is incomplete");
            }
            return DataTests.run(connection, warehouse.models().resolve("tests"), variables, docs);
        }
    }

    private static long millisSince(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }

    private static long objectCount(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT (SELECT count(*) FROM duckdb_tables() WHERE NOT internal)"
                     + " + (SELECT count(*) FROM duckdb_views() WHERE NOT internal)")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void forceToDisk(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    private static void deleteBuilding(Path building) {
        deleteQuietly(building);
        deleteQuietly(building.resolveSibling(building.getFileName() + ".wal"));
    }

    /** Runs one model and comments what it created; returns the relations there are after it. */
    private static Map<String, Boolean> run(Connection connection, Path model, Map<String, String> variables,
                                            ModelComments comments, Map<String, Boolean> before)
            throws SQLException {
        long started = System.nanoTime();
        try (Statement statement = connection.createStatement()) {
            statement.execute(SqlModels.render(model, variables));
            log.debug("model={} took_ms={}", model.getFileName(), millisSince(started));
        } catch (SQLException e) {
            throw new SQLException(model.getFileName() + ": " + e.getMessage(), e);
        }
        Map<String, Boolean> after = ModelComments.relations(connection);
        comments.write(connection, model, before, after);
        return after;
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("cannot delete {}: {}", file, e.getMessage());
        }
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(WarehouseBuilder::deleteQuietly);
        } catch (IOException e) {
            log.warn("cannot clean {}: {}", dir, e.getMessage());
        }
    }
}
