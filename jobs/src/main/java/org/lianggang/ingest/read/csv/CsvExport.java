package org.lianggang.ingest.read.csv;

import org.lianggang.Messages;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.commons.csv.CSVException;
import org.lianggang.ingest.problem.InputRejectedException;
import org.lianggang.ingest.problem.Problem;
import org.lianggang.ingest.problem.ProblemCode;
import org.lianggang.ingest.read.row.ExportRow;
import org.lianggang.ingest.read.row.TabularFile;

/**
 * A CSV export, streamed row by row on a reading thread of its own a few blocks ahead of the scan
 * ({@link ReadAheadRows}), in the charset {@link TextDecoding} chose; a UTF-8 byte-order mark is dropped. Files in
 * GBK, GB18030 or UTF-8 are split at their bytes ({@link ByteCsvRecords}), any other charset is read by Commons CSV
 * from decoded text ({@link CommonsCsvRecords}); both give the same rows and errors. A file that stops where a file
 * cannot end (inside a quoted cell, or in a last row shorter than the rows above with no final line break) is refused
 * as TRUNCATED_FILE, and bytes that are not valid text anywhere in it as WRONG_ENCODING, each naming the row.
 */
final class CsvExport implements TabularFile {

    private final String fileName;
    private final TextDecoding decoding;
    private final boolean endsWithLineBreak;
    private final CsvRecords records;
    private final ReadAheadRows rows;
    // Touched only by the reading thread.
    private long lastRecord;
    private int widest;

    CsvExport(Path file, TextDecoding decoding) throws IOException {
        this(file, decoding, FieldDelimiter.COMMA);
    }

    /** With cells separated by {@code delimiter}: a comma, or a tab for tab-separated text. */
    CsvExport(Path file, TextDecoding decoding, char delimiter) throws IOException {
        this(file, decoding, ByteCsvRecords.reads(decoding.charset())
                ? new ByteCsvRecords(file, decoding.charset(), delimiter)
                : new CommonsCsvRecords(file, decoding.charset(), delimiter));
    }

    /** With the records read as given: tests compare the two readers through the same refusals. */
    CsvExport(Path file, TextDecoding decoding, CsvRecords records) throws IOException {
        this.fileName = file.getFileName().toString();
        this.decoding = decoding;
        this.endsWithLineBreak = endsWithLineBreak(file);
        this.records = records;
        this.rows = new ReadAheadRows(parsed(), "csv-reader-" + fileName);
    }

    /** The rows; a refusal (truncated, wrong encoding) arrives after the rows read before it, as it would unthreaded. */
    @Override
    public Iterator<ExportRow> rows() {
        return rows;
    }

    private Iterator<ExportRow> parsed() {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                try {
                    return records.hasNext();
                } catch (UncheckedIOException e) {
                    throw refused(e);
                }
            }

            @Override
            public ExportRow next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                ExportRow record = records.next();
                int size = record.cells().size();
                lastRecord = record.number();
                if (size < widest && !endsWithLineBreak && !hasNext()) {
                    throw truncated(lastRecord, Messages.text("problem.short-last-row", size, widest));
                }
                widest = Math.max(widest, size);
                return record;
            }
        };
    }

    private InputRejectedException refused(UncheckedIOException e) {
        long row = lastRecord + 1;
        if (e.getCause() instanceof StrictDecodingReader.UndecodableBytes bytes) {
            return new InputRejectedException(List.of(new Problem(ProblemCode.WRONG_ENCODING, fileName, row, "", null,
                    Messages.text("problem.mixed-encoding", bytes.offset(), decoding.charset().name(),
                            TextDecoding.PREFIX_BYTES / 1024, decoding.reason()))));
        }
        if (e.getCause() instanceof CSVException csv && csv.getMessage().contains("EOF reached")) {
            return truncated(row, Messages.text("problem.unclosed-quote"));
        }
        return new InputRejectedException(List.of(new Problem(ProblemCode.FILE_UNREADABLE, fileName, row, "", null,
                Messages.text("problem.not-csv", e.getCause() == null ? e.getMessage() : e.getCause().getMessage()))));
    }

    private InputRejectedException truncated(long row, String what) {
        return new InputRejectedException(List.of(new Problem(ProblemCode.TRUNCATED_FILE, fileName, row, "", null,
                Messages.text("problem.truncated", what))));
    }

    private static boolean endsWithLineBreak(Path file) throws IOException {
        try (SeekableByteChannel channel = Files.newByteChannel(file)) {
            if (channel.size() == 0) {
                return true;
            }
            ByteBuffer last = ByteBuffer.allocate(1);
            channel.position(channel.size() - 1).read(last);
            return last.get(0) == '\n' || last.get(0) == '\r';
        }
    }

    @Override
    public void close() throws IOException {
        rows.close();
        records.close();
    }
}
