package org.lianggang.ingest.read.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import org.lianggang.ingest.read.row.ExportRow;

/**
 * A CSV file split into records and cells at its bytes, read in large blocks. Decoding every byte and lexing every
 * character cost most of the time of reading a large export, yet in the charsets read here ({@link #reads}) the
 * bytes of {@code , " \r \n} never occur inside a multi-byte character, so a record without a quote is split at its
 * commas as bytes and only its non-ASCII cells are decoded ({@link CellTexts}). A record with a quote is delimited by
 * a quote-aware scan and then parsed by Commons CSV ({@link QuotedRecords}). Rows, row numbers and errors are those
 * of {@link CommonsCsvRecords}; a differential test holds it to that.
 */
final class ByteCsvRecords implements CsvRecords {

    static final int BLOCK_BYTES = 1 << 20;
    /** ASCII-compatible, and no ASCII byte inside a multi-byte character. */
    private static final Set<String> BYTE_SAFE = Set.of("UTF-8", "GBK", "GB18030", "GB2312");
    private static final int LONGEST_CHARACTER = 4;

    private final Charset charset;
    private final byte delimiter;
    private final InputStream in;
    private final CellTexts texts;
    private final QuotedRecords quotedRecords;
    private byte[] buffer;
    /** The file offset of {@code buffer[0]}. */
    private long bufferOffset;
    /** Where the next record starts in the buffer; every other position here is counted from it. */
    private int start;
    private int limit;
    private boolean endOfFile;
    private int[] commas = new int[64];
    private long number;
    private ExportRow next;

    ByteCsvRecords(Path file, Charset charset) throws IOException {
        this(file, charset, FieldDelimiter.COMMA, BLOCK_BYTES);
    }

    ByteCsvRecords(Path file, Charset charset, char delimiter) throws IOException {
        this(file, charset, delimiter, BLOCK_BYTES);
    }

    /** @param blockBytes how much is read at a time; tests make it small to put cells across block boundaries */
    ByteCsvRecords(Path file, Charset charset, int blockBytes) throws IOException {
        this(file, charset, FieldDelimiter.COMMA, blockBytes);
    }

    /**
     * @param delimiter  a comma or a tab: neither is above {@code ','}, so the scan for special bytes is the same
     * @param blockBytes how much is read at a time; tests make it small to put cells across block boundaries
     */
    ByteCsvRecords(Path file, Charset charset, char delimiter, int blockBytes) throws IOException {
        this.charset = charset;
        this.delimiter = (byte) delimiter;
        this.in = Files.newInputStream(file);
        this.texts = new CellTexts(charset);
        this.quotedRecords = new QuotedRecords(file, charset, delimiter);
        this.buffer = new byte[blockBytes];
        if (available(3) && (buffer[0] & 0xFF) == 0xEF && (buffer[1] & 0xFF) == 0xBB && (buffer[2] & 0xFF) == 0xBF) {
            start = 3;
        }
    }

    /** Whether files in the charset can be split at bytes. */
    static boolean reads(Charset charset) {
        return BYTE_SAFE.contains(charset.name());
    }

    @Override
    public boolean hasNext() {
        if (next == null) {
            try {
                next = read();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return next != null;
    }

    @Override
    public ExportRow next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        ExportRow row = next;
        next = null;
        return row;
    }

    private ExportRow read() throws IOException {
        if (!available(1)) {
            return null;
        }
        int cells = 0;
        int at = 0;
        while (true) {
            int i = start + at;
            while (i < limit && (buffer[i] & 0xFF) > ',') {
                i++;
            }
            at = i - start;
            if (i == limit) {
                if (!more()) {
                    return row(cells, at, 0);
                }
                continue;
            }
            byte b = buffer[i];
            if (b == '\n' || b == '\r') {
                return row(cells, at, lineBreakLength(at));
            }
            if (b == '"') {
                return quoted();
            }
            if (b == delimiter) {
                if (cells == commas.length) {
                    commas = Arrays.copyOf(commas, cells * 2);
                }
                commas[cells++] = at;
            }
            at++;
        }
    }

    private ExportRow row(int commaCount, int length, int lineBreak) throws IOException {
        String[] cells = new String[commaCount + 1];
        int from = 0;
        for (int k = 0; k < commaCount; k++) {
            cells[k] = text(from, commas[k]);
            from = commas[k] + 1;
        }
        cells[commaCount] = text(from, length);
        endRecord(length, lineBreak);
        return new ExportRow(++number, Arrays.asList(cells));
    }

    private String text(int from, int to) throws StrictDecodingReader.UndecodableBytes {
        return texts.text(buffer, start + from, start + to, bufferOffset + start + from);
    }

    /** A record holding a quote, delimited here and parsed by Commons CSV. */
    private ExportRow quoted() throws IOException {
        int length = quotedRecordLength();
        CellTexts.Decoded text = texts.decodeUpToError(buffer, start, start + length, bufferOffset + start);
        List<String> cells = quotedRecords.cells(text);
        endRecord(length, lineBreakLength(length));
        return new ExportRow(++number, cells);
    }

    /**
     * The length of a record that holds a quote, as Commons CSV's lexer finds it: a quote opens a quoted cell only as
     * the cell's first character, two quotes in one are a literal quote, a line break in one is text. After the
     * closing quote all up to the next comma or line break stays in the record (Commons CSV allows only spaces
     * there and fails in this record on anything else). A file that ends inside quotes ends the record.
     */
    private int quotedRecordLength() throws IOException {
        boolean cellStart = true;
        boolean quoted = false;
        for (int at = 0; available(at + 1); at++) {
            byte b = buffer[start + at];
            if (quoted) {
                if (b == '"' && available(at + 2) && buffer[start + at + 1] == '"') {
                    at++;
                } else if (b == '"') {
                    quoted = false;
                }
            } else if (b == '\n' || b == '\r') {
                return at;
            } else {
                quoted = cellStart && b == '"';
                cellStart = b == delimiter;
            }
        }
        return limit - start;
    }

    /** 0 at the end of the file, 2 for CRLF, else 1. */
    private int lineBreakLength(int at) throws IOException {
        if (!available(at + 1)) {
            return 0;
        }
        boolean crlf = buffer[start + at] == '\r' && available(at + 2) && buffer[start + at + 1] == '\n';
        return crlf ? 2 : 1;
    }

    /**
     * Moves past the record. After a lone CR, Commons CSV peeks at the next character to see whether it is an LF; a
     * character there that is not valid text fails the record just read, so it fails here too.
     */
    private void endRecord(int length, int lineBreak) throws IOException {
        boolean loneCr = lineBreak == 1 && buffer[start + length] == '\r';
        start += length + lineBreak;
        if (loneCr && available(1) && buffer[start] < 0) {
            available(LONGEST_CHARACTER);
            if (texts.startsBadly(buffer, start, Math.min(limit, start + LONGEST_CHARACTER))) {
                throw new StrictDecodingReader.UndecodableBytes(bufferOffset + start, charset);
            }
        }
    }

    /** Whether {@code count} bytes from the record's start are in the buffer, reading more of the file as needed. */
    private boolean available(int count) throws IOException {
        while (limit - start < count) {
            if (!more()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Reads the next block behind the current record, moving the record to the buffer's start (or growing the
     * buffer for a record longer than it); false at the end of the file.
     */
    private boolean more() throws IOException {
        if (endOfFile) {
            return false;
        }
        if (start > 0) {
            System.arraycopy(buffer, start, buffer, 0, limit - start);
            bufferOffset += start;
            limit -= start;
            start = 0;
        }
        if (limit == buffer.length) {
            buffer = Arrays.copyOf(buffer, buffer.length * 2);
        }
        int read = in.read(buffer, limit, buffer.length - limit);
        if (read < 0) {
            endOfFile = true;
            return false;
        }
        limit += read;
        return true;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
