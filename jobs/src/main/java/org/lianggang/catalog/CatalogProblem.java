package org.lianggang.catalog;

import java.nio.file.Path;

/**
 * One mistake in a file under {@code schemas/}, printed like an input problem: {@code file:line:column: message}.
 * {@code line} and {@code column} are 1-based; 0 when the mistake has no place in the file (a missing file).
 */
public record CatalogProblem(Path file, int line, int column, String message) {

    /** The file as a person finds it: relative to the working directory when it lies below it. */
    public String where() {
        Path absolute = file.toAbsolutePath().normalize();
        Path here = Path.of("").toAbsolutePath();
        String name = absolute.startsWith(here) && !absolute.equals(here) ? here.relativize(absolute).toString()
                : absolute.toString();
        return line > 0 ? name + ":" + line + ":" + column : name;
    }

    @Override
    public String toString() {
        return where() + ": " + message;
    }
}
