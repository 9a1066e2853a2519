package org.lianggang.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import org.lianggang.catalog.SourceLayout;

/**
 * Opens an export by its file type: workbooks (.xlsx, .xls) through {@link WorkbookExports}, everything else as
 * delimited text through {@link TextExports}. An explicit encoding (command line, then layout) wins over detection.
 */
final class Exports {

    private Exports() {
    }

    static TabularFile open(Path file, SourceLayout layout, String encodingOverride) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsx") || name.endsWith(".xls")) {
            return WorkbookExports.open(file, layout.sheet());
        }
        return TextExports.open(file, encodingOverride != null ? encodingOverride : layout.encoding());
    }
}
