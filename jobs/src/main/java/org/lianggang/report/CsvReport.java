package org.lianggang.report;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes each report table as {@code <table>.csv}: UTF-8 with a byte-order mark (without it Excel reads Chinese as
 * GBK and shows 乱码), Chinese headers, decimals rounded as the report prints them, text neutralised against
 * formula injection.
 */
final class CsvReport {

    private final Presentation presentation;
    private final RowSelection selection;

    CsvReport(Presentation presentation, RowSelection selection) {
        this.presentation = presentation;
        this.selection = selection;
    }

    /** Returns the files written into {@code dir}. */
    List<Path> write(Connection connection, List<ReportTable> tables, ReportFilter filter, Path dir)
            throws Exception {
        List<Path> files = new ArrayList<>();
        for (ReportTable table : tables) {
            Path file = dir.resolve(table.name() + ".csv");
            try (BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                 CSVPrinter printer = CSVFormat.EXCEL.print(writer)) {
                writer.write('\uFEFF');
                printer.printRecord(table.columns().stream().map(ReportColumn::title).toList());
                TableRows.forEach(connection, table, filter, selection, cells -> {
                    List<String> record = new ArrayList<>(cells.length);
                    for (int c = 0; c < cells.length; c++) {
                        record.add(text(table.columns().get(c), cells[c]));
                    }
                    printer.printRecord(record);
                });
            }
            files.add(file);
        }
        return files;
    }

    private String text(ReportColumn column, Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Number number && column.type() == ColumnType.DECIMAL) {
            return presentation.rounded(number.doubleValue()).toPlainString();
        }
        if (value instanceof Number && column.type() == ColumnType.INTEGER) {
            return value.toString();
        }
        return CellText.neutralised(value.toString());
    }
}
