package org.lianggang.ingest;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Opens a delimited text export (CSV) in the given encoding, UTF-8 when none is given. */
final class TextExports {

    private TextExports() {
    }

    static TabularFile open(Path file, String encoding) throws IOException {
        Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
        return new CsvExport(file, charset);
    }
}
