package org.lianggang.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.lianggang.ingest.problem.Problem;
import org.lianggang.ingest.read.row.ExportRow;

/**
 * The rejects CSV of a load: each rejected row as it was in the file, with its row number and the reasons, so the
 * clerk can fix exactly those rows. UTF-8 with a byte-order mark, so that Excel opens the Chinese correctly.
 * Nothing is written when no row is rejected, nor in a dry run.
 */
final class RejectedRows implements AutoCloseable {

    private final Path file;
    private final List<String> header;
    private CSVPrinter printer;
    private long count;

    RejectedRows(Path file, List<String> header) {
        this.file = file;
        this.header = header;
    }

    void add(ExportRow row, List<Problem> reasons) {
        count++;
        if (file == null) {
            return;
        }
        try {
            if (printer == null) {
                Files.createDirectories(file.getParent());
                Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                out.write('\uFEFF');
                printer = CSVFormat.DEFAULT.print(out);
                List<String> columns = new ArrayList<>(List.of("行号 row"));
                columns.addAll(header);
                columns.add("问题 problems");
                printer.printRecord(columns);
            }
            List<String> record = new ArrayList<>(List.of(Long.toString(row.number())));
            record.addAll(row.cells());
            while (record.size() < header.size() + 1) {
                record.add("");
            }
            record.add(reasons.stream().map(p -> p.code() + " " + p.column() + ": " + p.message())
                    .collect(Collectors.joining("; ")));
            printer.printRecord(record);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    long count() {
        return count;
    }

    /** The file written, or null when no row was rejected. */
    Path file() {
        return printer == null ? null : file;
    }

    @Override
    public void close() throws IOException {
        if (printer != null) {
            printer.close();
        }
    }
}
