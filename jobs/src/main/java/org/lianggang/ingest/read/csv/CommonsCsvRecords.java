package org.lianggang.ingest.read.csv;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;
import org.lianggang.ingest.read.row.ExportRow;

/**
 * A CSV file read by Commons CSV from strictly decoded text. It reads files in charsets whose multi-byte characters
 * may contain the bytes of {@code , " \r \n} (UTF-16, Big5, Shift_JIS…), where {@link ByteCsvRecords} cannot split
 * at bytes; and it is the reference that {@link ByteCsvRecords} must agree with, row for row and error for error.
 */
final class CommonsCsvRecords implements CsvRecords {

    /** Commons CSV's default dialect, but an empty line is a record (one empty cell), so row numbers stay lines. */
    static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get();

    private final CSVParser parser;
    private final Iterator<CSVRecord> records;

    CommonsCsvRecords(Path file, Charset charset) throws IOException {
        this(file, charset, FieldDelimiter.COMMA);
    }

    /** The same dialect with cells separated by {@code delimiter} (a tab for tab-separated text). */
    static CSVFormat format(char delimiter) {
        return delimiter == FieldDelimiter.COMMA ? FORMAT : FORMAT.builder().setDelimiter(delimiter).get();
    }

    CommonsCsvRecords(Path file, Charset charset, char delimiter) throws IOException {
        BOMInputStream in = BOMInputStream.builder().setInputStream(Files.newInputStream(file)).get();
        long bom = in.hasBOM() ? in.getBOM().length() : 0;
        this.parser = format(delimiter).parse(new StrictDecodingReader(in, charset, bom));
        this.records = parser.iterator();
    }

    @Override
    public boolean hasNext() {
        return records.hasNext();
    }

    /** A view of the record's own array: no copy per row. */
    @Override
    public ExportRow next() {
        CSVRecord record = records.next();
        return new ExportRow(record.getRecordNumber(), Arrays.asList(record.values()));
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
