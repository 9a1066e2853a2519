package org.lianggang.warehouse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The analyst's connection ({@code lianggang sql}), locked down with DuckDB's own settings: a private in-memory
 * DuckDB attaches the warehouse read-only, may open files only under the given directories (the lake its views
 * read, the published reports), loads no extension, and then locks its configuration so that no statement can undo
 * any of it. A private instance, because DuckDB's settings belong to the database instance and the JDBC driver
 * shares one instance per file: locking that one would lock the report writer's connections too.
 *
 * <p>DuckDB still lets a statement write into an allowed directory, or over the attached warehouse file itself
 * ({@code COPY … TO}), so the analyst runs queries only ({@link AnalystStatement}).
 */
final class AnalystConnection {

    private AnalystConnection() {
    }

    static Connection open(Path warehouse, List<Path> readable) throws SQLException {
        Connection connection = DriverManager.getConnection("jdbc:duckdb:");
        try (Statement statement = connection.createStatement()) {
            statement.execute("ATTACH " + literal(warehouse.toString()) + " AS warehouse (READ_ONLY)");
            statement.execute("USE warehouse");
            // where DuckDB spills a large sort for a file database by default, not the analyst's working directory
            statement.execute("SET temp_directory = " + literal(warehouse + ".tmp"));
            statement.execute("SET allowed_directories = [" + directories(readable) + "]");
            statement.execute("SET enable_external_access = false");
            statement.execute("SET autoinstall_known_extensions = false");
            statement.execute("SET autoload_known_extensions = false");
            statement.execute("SET lock_configuration = true");
            return connection;
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    /** Each directory as given and with its links resolved, ending in a separator: DuckDB matches prefixes. */
    private static String directories(List<Path> readable) {
        Set<String> directories = new LinkedHashSet<>();
        for (Path dir : readable) {
            directories.add(withSeparator(dir.toAbsolutePath().normalize()));
            try {
                if (Files.exists(dir)) {
                    directories.add(withSeparator(dir.toRealPath()));
                }
            } catch (IOException e) {
                // unreadable now: the path as given is still the one the views name
            }
        }
        return directories.stream().map(AnalystConnection::literal).collect(Collectors.joining(", "));
    }

    private static String withSeparator(Path dir) {
        String text = dir.toString();
        return text.endsWith("/") ? text : text + "/";
    }

    private static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
