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
 * {@code var()}), so that models name lake tables and catalog files without knowing where they are. A placeholder
 * in brackets, {@code [${name}]}, is a list: the value's lines become a SQL list of string literals
 * ({@code ['a.parquet', 'b.parquet']}), as {@code read_parquet} takes an explicit list of files.
 */
final class SqlModels {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([a-z_]+)}");
    private static final Pattern LIST_PLACEHOLDER = Pattern.compile("\\[\\$\\{([a-z_]+)}]");

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
            return render(file.toString(), Files.readString(file, StandardCharsets.UTF_8), variables);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** {@code sql} (named {@code name} in a message) with its placeholders filled in. */
    static String render(String name, String sql, Map<String, String> variables) {
        String lists = fill(name, sql, LIST_PLACEHOLDER, variables, SqlModels::listLiteral);
        return fill(name, lists, PLACEHOLDER, variables, value -> value.replace("'", "''"));
    }

    private static String fill(String name, String sql, Pattern placeholder, Map<String, String> variables,
                               java.util.function.UnaryOperator<String> format) {
        Matcher m = placeholder.matcher(sql);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = variables.get(m.group(1));
            if (value == null) {
                throw new IllegalStateException(name + ": unknown placeholder ${" + m.group(1) + "}");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(format.apply(value)));
        }
        return m.appendTail(out).toString();
    }

    private static String listLiteral(String lines) {
        return lines.lines().map(line -> "'" + line.replace("'", "''") + "'")
                .collect(java.util.stream.Collectors.joining(", ", "[", "]"));
    }
}
