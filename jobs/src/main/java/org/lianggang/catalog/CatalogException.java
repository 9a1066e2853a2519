package org.lianggang.catalog;

import java.util.List;

/**
 * The configuration under {@code schemas/} is malformed or inconsistent. Each {@link CatalogProblem} names its file,
 * line and column and the fix; {@link #block()} is what a person reads, without a stack trace.
 */
public class CatalogException extends RuntimeException {

    /** What the block's heading always contains (after the count). */
    public static final String HEADING = "in schemas/:";

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
        StringBuilder text = new StringBuilder("schemas/ 配置错误 " + problems.size() + " 处 · " + problems.size()
                + (problems.size() == 1 ? " configuration error " : " configuration errors ") + HEADING);
        problems.forEach(p -> text.append("\n  ").append(p));
        return text.toString();
    }
}
