package org.lianggang.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.lianggang.Messages;
import org.lianggang.report.DisplayWidth;
import tools.jackson.databind.json.JsonMapper;

/** Prints a query result as an aligned table (Chinese characters count double), CSV or JSON lines of objects. */
final class ResultPrinter {

    enum Format { table, csv, json }

    private ResultPrinter() {
    }

    static void print(ResultSet rs, Format format, PrintWriter out) throws SQLException {
        ResultSetMetaData meta = rs.getMetaData();
        List<String> columns = new ArrayList<>();
        for (int c = 1; c <= meta.getColumnCount(); c++) {
            columns.add(meta.getColumnLabel(c));
        }
        List<List<Object>> rows = new ArrayList<>();
        while (rs.next()) {
            List<Object> row = new ArrayList<>();
            for (int c = 1; c <= columns.size(); c++) {
                row.add(rs.getObject(c));
            }
            rows.add(row);
        }
        switch (format) {
            case table -> table(columns, rows, out);
            case csv -> csv(columns, rows, out);
            case json -> json(columns, rows, out);
        }
    }

    private static void table(List<String> columns, List<List<Object>> rows, PrintWriter out) {
        int[] widths = columns.stream().mapToInt(ResultPrinter::width).toArray();
        for (List<Object> row : rows) {
            for (int c = 0; c < widths.length; c++) {
                widths[c] = Math.max(widths[c], width(text(row.get(c))));
            }
        }
        out.println(line(columns.stream().map(Object.class::cast).toList(), widths));
        StringBuilder rule = new StringBuilder();
        for (int w : widths) {
            rule.append(rule.isEmpty() ? "" : "-+-").append("-".repeat(w));
        }
        out.println(rule);
        rows.forEach(row -> out.println(line(row, widths)));
        out.println(Messages.text("sql.rows", rows.size()));
    }

    private static String line(List<Object> cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < widths.length; c++) {
            String text = text(cells.get(c));
            line.append(c == 0 ? "" : " | ").append(text).append(" ".repeat(widths[c] - width(text)));
        }
        return line.toString().stripTrailing();
    }

    private static void csv(List<String> columns, List<List<Object>> rows, PrintWriter out) {
        try {
            CSVPrinter printer = CSVFormat.DEFAULT.print(out);
            printer.printRecord(columns);
            for (List<Object> row : rows) {
                printer.printRecord(row.stream().map(v -> v == null ? "" : v.toString()).toList());
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void json(List<String> columns, List<List<Object>> rows, PrintWriter out) {
        List<Map<String, Object>> objects = new ArrayList<>();
        for (List<Object> row : rows) {
            Map<String, Object> object = new LinkedHashMap<>();
            for (int c = 0; c < columns.size(); c++) {
                Object value = row.get(c);
                object.put(columns.get(c), value instanceof Number || value instanceof Boolean || value == null
                        ? value : value.toString());
            }
            objects.add(object);
        }
        out.println(JsonMapper.builder().build().writeValueAsString(objects));
    }

    private static String text(Object value) {
        return value == null ? "NULL" : value.toString();
    }

    private static int width(String text) {
        return DisplayWidth.of(text);
    }
}
