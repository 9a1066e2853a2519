package org.lianggang.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;

/**
 * A CSV export read with Commons CSV, streamed row by row on a reading thread ({@link ReadAheadRows}). UTF-8 with or
 * without a byte-order mark, or in the charset given.
 */
final class CsvExport implements TabularFile {

    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final ReadAheadRows rows;

    CsvExport(Path file, Charset charset) throws IOException {
        InputStream in = BOMInputStream.builder().setInputStream(Files.newInputStream(file)).get();
        Reader reader = new InputStreamReader(in, charset);
        this.parser = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get().parse(reader);
        this.records = parser.iterator();
        this.rows = new ReadAheadRows(parsed(), "csv-reader-" + file.getFileName());
    }

    /** Parsed on a reading thread of its own, ahead of the scan. */
    @Override
    public Iterator<ExportRow> rows() {
        return rows;
    }

    private Iterator<ExportRow> parsed() {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return records.hasNext();
            }

            @Override
            public ExportRow next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                CSVRecord record = records.next();
                return new ExportRow(record.getRecordNumber(), cells(record));
            }
        };
    }

    /** A view of the record's own array: no copy per row. */
    private static List<String> cells(CSVRecord record) {
        return Arrays.asList(record.values());
    }

    @Override
    public void close() throws IOException {
        rows.close();
        parser.close();
    }
}
