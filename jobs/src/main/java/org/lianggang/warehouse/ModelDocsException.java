package org.lianggang.warehouse;

import java.util.List;
import org.lianggang.Messages;
import org.lianggang.catalog.CatalogException;
import org.lianggang.catalog.CatalogProblem;

/**
 * The warehouse's glossary or a model's sidecar is wrong, or does not describe what the model built: each problem
 * names its file, line and column, printed as a mistake under {@code schemas/} is (exit code 5, no stack trace).
 */
final class ModelDocsException extends CatalogException {

    private ModelDocsException(List<CatalogProblem> problems) {
        super(block(problems));
    }

    static void throwIfAny(List<CatalogProblem> problems) {
        if (!problems.isEmpty()) {
            throw new ModelDocsException(problems);
        }
    }

    private static String block(List<CatalogProblem> problems) {
        StringBuilder text = new StringBuilder(Messages.text("model-docs-error.heading", problems.size()));
        problems.forEach(p -> text.append("\n  ").append(p));
        return text.toString();
    }
}
