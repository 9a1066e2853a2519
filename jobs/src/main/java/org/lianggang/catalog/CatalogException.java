package org.lianggang.catalog;

import org.lianggang.Messages;
import java.util.List;

/**
 * The configuration under {@code schemas/} is malformed or inconsistent. Each {@link CatalogProblem} names its file,
 * line and column and the fix; {@link #block()} is what a person reads, without a stack trace.
 */
public class CatalogException extends RuntimeException {

    /** What the block's heading always contains, in either language. */
    public static final String HEADING = "schemas/";

    private final transient List<CatalogProblem> problems;

    public CatalogException(String message) {
        super(message);
        this.problems = List.of();
    }

    public CatalogException(String message, Throwable cause) {
        super(message, cause);
        this.problems = List.of();
    }

    public CatalogException(List<CatalogProblem> problems) {
        super(block(problems));
        this.problems = List.copyOf(problems);
    }

    public List<CatalogProblem> problems() {
        return problems;
    }

    /** A heading and one line per problem ({@code file:line:column: message}). */
    public String block() {
        return getMessage();
    }

    private static String block(List<CatalogProblem> problems) {
        StringBuilder text = new StringBuilder(Messages.text("configuration-error.heading", problems.size()));
        problems.forEach(p -> text.append("\n  ").append(p));
        return text.toString();
    }
}
