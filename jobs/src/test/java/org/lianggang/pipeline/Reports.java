package org.lianggang.pipeline;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** A year's report directory as a reader sees it: the visible files and what they say. */
final class Reports {

    /** A load's commit time: UTC in the CSV files (2026-12-02T11:53:14.461Z), local time in the workbook. */
    private static final Pattern LOAD_TIME = Pattern.compile(
            "\\d{4}-\\d\\d-\\d\\d(T\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z| \\d\\d:\\d\\d:\\d\\d)");

    private Reports() {
    }

    /** The visible files of the directory (hidden ones are not the report), name → content. */
    static Map<String, byte[]> files(Path dir) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        if (!Files.isDirectory(dir)) {
            return files;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            for (Path file : entries.filter(f -> !f.getFileName().toString().startsWith(".")).toList()) {
                files.put(file.getFileName().toString(), Files.readAllBytes(file));
            }
        }
        return files;
    }

    /**
     * The report's content, name → text: CSV and HTML byte for byte; the xlsx as the text of every cell, sheet by
     * sheet, since the workbook's bytes carry the time it was written (docProps/core.xml, zip entry times). The
     * load times the reports quote ({@code data_quality_completeness.committed_at}) are each run's own, so they read
     * {@code <loaded at>}, as {@link Warehouses#differences} leaves out {@code loaded_at}.
     */
    /** The generation time the docx and HTML print (生成时间 2026-12-02 07:24): each run's own. */
    private static final java.util.regex.Pattern GENERATED =
            java.util.regex.Pattern.compile("生成时间 \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}");

    static Map<String, String> content(Path dir) throws IOException {
        Map<String, String> content = new TreeMap<>();
        for (Map.Entry<String, byte[]> file : files(dir).entrySet()) {
            String text = file.getKey().endsWith(".xlsx") ? cells(file.getValue())
                    : file.getKey().endsWith(".docx") ? paragraphs(file.getValue())
                    : new String(file.getValue(), StandardCharsets.UTF_8);
            text = GENERATED.matcher(text).replaceAll("生成时间 <generated>");
            content.put(file.getKey(), LOAD_TIME.matcher(text).replaceAll("<loaded at>"));
        }
        return content;
    }

    /** The Word report's text, paragraph by paragraph and table by table (its bytes carry zip entry times). */
    private static String paragraphs(byte[] docx) throws IOException {
        try (InputStream in = new ByteArrayInputStream(docx);
             org.apache.poi.xwpf.usermodel.XWPFDocument document = new org.apache.poi.xwpf.usermodel.XWPFDocument(in)) {
            List<String> lines = new ArrayList<>();
            document.getParagraphs().forEach(p -> lines.add(p.getText()));
            document.getTables().forEach(t -> lines.add(t.getText()));
            return String.join("\n", lines);
        }
    }

    private static String cells(byte[] xlsx) throws IOException {
        List<String> lines = new ArrayList<>();
        DataFormatter formatter = new DataFormatter();
        try (InputStream in = new ByteArrayInputStream(xlsx); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            for (Sheet sheet : workbook) {
                lines.add("## " + sheet.getSheetName());
                for (Row row : sheet) {
                    List<String> cells = new ArrayList<>();
                    for (Cell cell : row) {
                        cells.add(cell.getAddress() + "=" + formatter.formatCellValue(cell));
                    }
                    lines.add(String.join("\t", cells));
                }
            }
        }
        return String.join("\n", lines);
    }

    /** The files that differ in {@link #content}, each with its first differing line; empty when the same. */
    static List<String> differences(Path dir, Path other) throws IOException {
        Map<String, String> mine = content(dir);
        Map<String, String> theirs = content(other);
        List<String> differences = new ArrayList<>();
        java.util.SortedSet<String> names = new java.util.TreeSet<>(mine.keySet());
        names.addAll(theirs.keySet());
        for (String name : names) {
            String[] a = mine.getOrDefault(name, "(missing)").split("\n", -1);
            String[] b = theirs.getOrDefault(name, "(missing)").split("\n", -1);
            for (int line = 0; line < Math.max(a.length, b.length); line++) {
                String x = line < a.length ? a[line] : "(end)";
                String y = line < b.length ? b[line] : "(end)";
                if (!x.equals(y)) {
                    differences.add(name + " line " + (line + 1) + ": " + abbreviate(x) + " <> " + abbreviate(y));
                    break;
                }
            }
        }
        return differences;
    }

    private static String abbreviate(String line) {
        return line.length() <= 300 ? line : line.substring(0, 300) + "…";
    }

    /** Whether two snapshots of {@link #files} hold the same names and bytes. */
    static boolean same(Map<String, byte[]> one, Map<String, byte[]> other) {
        return one.keySet().equals(other.keySet())
                && one.keySet().stream().allMatch(name -> Arrays.equals(one.get(name), other.get(name)));
    }
}
