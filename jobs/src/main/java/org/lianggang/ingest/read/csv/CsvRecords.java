package org.lianggang.ingest.read.csv;

import java.io.Closeable;
import java.util.Iterator;
import org.lianggang.ingest.read.row.ExportRow;

/**
 * The records of a CSV file in order, numbered as Commons CSV numbers them. A read error arrives from
 * {@link #hasNext} or {@link #next} as an {@link java.io.UncheckedIOException} whose cause says what went wrong
 * ({@link StrictDecodingReader.UndecodableBytes}, or Commons CSV's {@link org.apache.commons.csv.CSVException}),
 * whichever reader is used, so {@link CsvExport} turns both into the same problems.
 */
interface CsvRecords extends Iterator<ExportRow>, Closeable {
}
