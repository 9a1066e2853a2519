package org.lianggang.warehouse;

import java.nio.file.Path;
import org.lianggang.Messages;

/**
 * The checks of the warehouse's model docs ({@code glossary.yaml} and each model's {@code NN_model.yaml}) that need
 * no database, for {@code lianggang check}: what the build finds when it reads them (YAML syntax, unknown keys, a
 * missing glossary, a description not written 中文标题｜English, an invalid {@code pivoted_columns}, a relation
 * described twice) and the {@code @name} meanings the glossary lacks. What needs the built relations (a column
 * nobody describes, a grain naming no column) stays in the build.
 */
public final class ModelDocsCheck {

    private ModelDocsCheck() {
    }

    /**
     * The summary line of the model docs of {@code modelsDir}, or a {@link org.lianggang.catalog.CatalogException}
     * naming every mistake by file, line and column.
     */
    public static String summary(Path modelsDir) {
        ModelDocs docs = ModelDocs.read(modelsDir);
        ModelDocsException.throwIfAny(docs.missingVariants());
        return Messages.text("check.models-ok", modelsDir, SqlModels.in(modelsDir).size(), docs.all().size());
    }
}
