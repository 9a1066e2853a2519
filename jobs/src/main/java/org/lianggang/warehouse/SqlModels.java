package org.lianggang.warehouse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The SQL files of a directory in file-name order, with {@code ${name}} placeholders filled in (like dbt's
 * {@code var()}), so that models name lake tables and catalog files without knowing where they are.
 */
final class SqlModels {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([a-z_]+)}");

    private SqlModels() {
    }

    static List<Path> in(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".sql")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    static String render(Path file, Map<String, String> variables) {
        try {
            String sql = Files.readString(file, StandardCharsets.UTF_8);
            Matcher m = PLACEHOLDER.matcher(sql);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                String value = variables.get(m.group(1));
                if (value == null) {
                    throw new IllegalStateException(file + ": unknown placeholder ${" + m.group(1) + "}");
                }
                m.appendReplacement(out, Matcher.quoteReplacement(value.replace("'", "''")));
            }
            return m.appendTail(out).toString();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
