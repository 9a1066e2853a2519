package org.lianggang.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;

/**
 * A CSV export read with Commons CSV, streamed row by row: the first row is the header. UTF-8 with or without a
 * byte-order mark.
 */
final class CsvExport implements AutoCloseable {

    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final List<String> header;

    CsvExport(Path file) throws IOException {
        InputStream in = BOMInputStream.builder().setInputStream(Files.newInputStream(file)).get();
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
        this.parser = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get().parse(reader);
        this.records = parser.iterator();
        this.header = records.hasNext() ? cells(records.next()) : List.of();
    }

    List<String> header() {
        return header;
    }

    Iterator<ExportRow> rows() {
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

    private static List<String> cells(CSVRecord record) {
        List<String> cells = new ArrayList<>(record.size());
        record.forEach(cells::add);
        return cells;
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
