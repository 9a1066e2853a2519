package org.lianggang.warehouse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.lianggang.ClassPathText;

/**
 * The published vintages' files the build reads ({@code warehouse/93_vintage.sql}): under
 * {@code <home>/vintages/<year>/v<NNN>/}, each committed vintage directory's {@code vintage.parquet},
 * {@code loads.parquet}, {@code report_indicator.parquet} and {@code report_revision.parquet}, each list led by an
 * empty file with the columns read, written beside the catalog snapshot. A vintage's staging directory is never read.
 */
final class VintageFiles {

    private static final Pattern VINTAGE = Pattern.compile("v\\d{3,}");
    private static final String SCHEMA = ClassPathText.read("warehouse/vintage-schema.sql");
    /** Placeholder → (empty anchor file, the file of that name in each vintage). */
    private static final Map<String, List<String>> FILES = Map.of(
            "vintage_files", List.of("vintage.parquet", "vintage.parquet"),
            "vintage_load_files", List.of("vintage_load.parquet", "loads.parquet"),
            "vintage_indicator_files", List.of("vintage_indicator.parquet", "report_indicator.parquet"),
            "vintage_revision_files", List.of("vintage_revision.parquet", "report_revision.parquet"));

    private VintageFiles() {
    }

    static Map<String, String> variables(Path vintages, Path catalogDir) throws IOException {
        writeAnchors(catalogDir);
        List<Path> dirs = committed(vintages);
        return FILES.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> {
            List<Path> files = new ArrayList<>(List.of(catalogDir.resolve(e.getValue().get(0))));
            dirs.stream().map(d -> d.resolve(e.getValue().get(1))).filter(Files::isRegularFile).forEach(files::add);
            return files.stream().map(Path::toString).collect(Collectors.joining("\n"));
        }));
    }

    /** Every committed vintage directory ({@code <year>/v<NNN>}), in order. */
    private static List<Path> committed(Path vintages) throws IOException {
        if (!Files.isDirectory(vintages)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(vintages, 2)) {
            return walk.filter(d -> vintages.relativize(d).getNameCount() == 2 && Files.isDirectory(d)
                            && d.getParent().getFileName().toString().matches("\\d{4}")
                            && VINTAGE.matcher(d.getFileName().toString()).matches())
                    .sorted().toList();
        }
    }

    private static void writeAnchors(Path catalogDir) throws IOException {
        String sql = SCHEMA.replace("${dir}", catalogDir.toString().replace("'", "''"));
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IOException("cannot write the empty vintage files in " + catalogDir + ": " + e.getMessage(), e);
        }
    }
}
