package org.lianggang.ingest.read.csv;

import java.io.IOException;
import java.nio.file.Path;
import org.lianggang.ingest.read.row.TabularFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens a delimited text export (CSV, or tab-separated text: {@link FieldDelimiter}) in the encoding given, or the
 * one its bytes show ({@link TextDecoding}); garbled text (乱码) is refused before a row is read.
 */
public final class TextExports {

    private static final Logger log = LoggerFactory.getLogger(TextExports.class);

    private TextExports() {
    }

    public static TabularFile open(Path file, String encoding) throws IOException {
        TextDecoding decoding = TextDecoding.of(file, encoding);
        char delimiter = FieldDelimiter.of(file, decoding.charset());
        log.debug("{}: reading as {} ({}), {}-separated", file.getFileName(), decoding.charset().name(),
                decoding.reason(), delimiter == FieldDelimiter.TAB ? "tab" : "comma");
        return new CsvExport(file, decoding, delimiter);
    }
}
