package org.lianggang.ingest.read.csv;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The records of a file that hold a quote, which {@link ByteCsvRecords} leaves to Commons CSV, so that quoted cells
 * (doubled quotes, commas and line breaks inside, spaces after the closing quote) follow Commons CSV's rules exactly
 * and its errors stay the errors users see.
 */
final class QuotedRecords {

    private final Path file;
    private final Charset charset;
    private final char delimiter;

    QuotedRecords(Path file, Charset charset, char delimiter) {
        this.file = file;
        this.charset = charset;
        this.delimiter = delimiter;
    }

    /**
     * The cells Commons CSV reads from a record's text, or the error the whole file's reading stops at: the one
     * Commons CSV raises inside the text decoded before any bad bytes, else the bad bytes.
     */
    List<String> cells(CellTexts.Decoded text) {
        List<String> cells = List.of();
        try (CSVParser parser = CommonsCsvRecords.format(delimiter).parse(new StringReader(text.text()))) {
            Iterator<CSVRecord> records = parser.iterator();
            cells = records.hasNext() ? Arrays.asList(records.next().values()) : cells;
        } catch (UncheckedIOException e) {
            boolean cutShort = e.getCause() instanceof CSVException csv && csv.getMessage().contains("EOF reached");
            if (!cutShort) {
                throw refusalFromTheStart(e);
            }
            if (text.badOffset() < 0) {
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (text.badOffset() >= 0) {
            throw new UncheckedIOException(new StrictDecodingReader.UndecodableBytes(text.badOffset(), charset));
        }
        return cells;
    }

    /**
     * Commons CSV's own error for the whole file: its message names the line and character position from the
     * file's start, which a parse of one record cannot know. The file is refused either way, so reading it again
     * costs only a little time.
     */
    private UncheckedIOException refusalFromTheStart(UncheckedIOException fallback) {
        try (CommonsCsvRecords all = new CommonsCsvRecords(file, charset, delimiter)) {
            while (all.hasNext()) {
                all.next();
            }
        } catch (UncheckedIOException e) {
            return e;
        } catch (IOException e) {
            return new UncheckedIOException(e);
        }
        return fallback;
    }

}
