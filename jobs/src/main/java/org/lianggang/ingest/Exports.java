package org.lianggang.ingest;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

/** Opens an export by its file type; the encoding of a text file is the layout's, if it names one. */
final class Exports {

    private Exports() {
    }

    static TabularFile open(Path file, String encoding) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsx") || name.endsWith(".xls")) {
            throw new InputRejectedException(java.util.List.of(Problem.ofFile(ProblemCode.FILE_UNREADABLE,
                    file.getFileName().toString(), "Excel workbooks are not supported yet; save the sheet as CSV")));
        }
        Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
        return new CsvExport(file, charset);
    }
}
