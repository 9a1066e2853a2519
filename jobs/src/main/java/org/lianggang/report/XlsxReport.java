package org.lianggang.report;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes the report tables into one workbook, a sheet per table, streamed (SXSSF keeps 200 rows in memory): Chinese
 * headers in a frozen, filterable first row; numbers as numbers, rounded by the bureau's convention and formatted by
 * kind; status cells coloured; text neutralised against formula injection; every sheet set up to print
 * ({@link XlsxPageSetup}).
 */
final class XlsxReport {

    /** Excel's own limit is 255 characters wide; 60 keeps long names readable without a screen-wide column. */
    private static final int MAX_WIDTH = 60;
    private static final int WINDOW = 200;

    private final Presentation presentation;
    private final Set<String> countUnits;
    private final ReportProperties settings;
    private final RowSelection selection;
    private final WorkbookLabels labels;

    XlsxReport(Presentation presentation, ReportProperties settings, WorkbookLabels labels) {
        this.presentation = presentation;
        this.labels = labels;
        this.countUnits = Set.copyOf(settings.countUnits());
        this.settings = settings;
        this.selection = settings.rowSelection();
    }

    void write(Connection connection, List<ReportTable> tables, ReportFilter filter, Path file) throws Exception {
        write(connection, tables, filter, null, file);
    }

    /** The workbook of {@code regions} only (null: every region the filter selects); see {@link WorkbookSplit}. */
    void write(Connection connection, List<ReportTable> tables, ReportFilter filter, Set<String> regions, Path file)
            throws Exception {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW)) {
            XlsxStyles styles = new XlsxStyles(workbook, presentation);
            XlsxPageSetup pages = new XlsxPageSetup(heading(connection, filter));
            Set<String> sheetNames = new HashSet<>();
            for (ReportTable table : tables) {
                SXSSFSheet sheet = workbook.createSheet(sheetName(table, sheetNames));
                writeSheet(connection, table, filter, regions, sheet, styles);
                pages.apply(sheet);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
    }

    private void writeSheet(Connection connection, ReportTable table, ReportFilter filter, Set<String> regions,
                            SXSSFSheet sheet, XlsxStyles styles) throws Exception {
        List<ReportColumn> columns = table.columns();
        int[] widths = new int[columns.size()];
        Row header = sheet.createRow(0);
        for (int c = 0; c < columns.size(); c++) {
            Cell cell = header.createCell(c);
            String title = title(columns.get(c));
            cell.setCellValue(title);
            cell.setCellStyle(styles.header);
            widths[c] = DisplayWidth.of(title);
        }
        int unitColumn = table.indexOf("unit");
        int[] next = {1};
        long maxRow = settings.sheetMaxRows();
        TableRows.forEach(connection, table, filter, regions, selection, cells -> {
            if (next[0] > maxRow) {
                throw new IllegalStateException(table.name() + " has more rows than a sheet may hold ("
                        + maxRow + "): limit the report with --region or --plan, or export it as CSV");
            }
            Row row = sheet.createRow(next[0]++);
            boolean countRow = unitColumn >= 0 && cells[unitColumn] != null
                    && countUnits.contains(cells[unitColumn].toString());
            for (int c = 0; c < columns.size(); c++) {
                if (cells[c] != null) {
                    widths[c] = Math.max(widths[c], writeCell(row.createCell(c), columns.get(c),
                            labels.shown(columns.get(c).name(), cells[c]),
                            countRow && settings.inRowUnit(columns.get(c).name()), styles));
                }
            }
        });
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, next[0] - 1), 0, columns.size() - 1));
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, (Math.min(MAX_WIDTH, widths[c]) + 2) * 256);
        }
    }

    /** The column's Chinese title; a year column of the wide trend table (y2010) reads 2010年. */
    private static String title(ReportColumn column) {
        return column.title().equals(column.name()) && column.name().matches("y\\d{4}")
                ? column.name().substring(1) + "年" : column.title();
    }

    /** Writes one value; returns its display width (CJK characters count two). */
    private int writeCell(Cell cell, ReportColumn column, Object value, boolean count, XlsxStyles styles) {
        if (value instanceof Number number && column.type() != ColumnType.TEXT) {
            if (column.type() == ColumnType.INTEGER) {
                cell.setCellValue(number.doubleValue());
                cell.setCellStyle(column.isIdentifier() ? styles.identifier : styles.count);
                return number.toString().length() + 1;
            }
            double rounded = presentation.rounded(number.doubleValue()).doubleValue();
            cell.setCellValue(rounded);
            cell.setCellStyle(count ? styles.count : styles.decimal);
            return presentation.number(rounded).length() + 2;
        }
        String text = CellText.neutralised(value.toString());
        cell.setCellValue(text);
        cell.setCellStyle(styles.forText(text));
        return DisplayWidth.of(text);
    }

    /** 2019年 柳州市 两纲监测统计报告: the page header of every sheet. */
    private static String heading(Connection connection, ReportFilter filter) throws Exception {
        String region = ReportRegion.name(connection, ReportRegion.code(connection, filter));
        return filter.year() + "年 " + (region.isEmpty() ? "" : region + " ") + "两纲监测统计报告";
    }

    private static String sheetName(ReportTable table, Set<String> taken) {
        String base = WorkbookUtil.createSafeSheetName(table.title().equals(table.name())
                ? table.name() : table.title());
        String name = base;
        for (int i = 2; !taken.add(name); i++) {
            name = base.substring(0, Math.min(base.length(), 28)) + "(" + i + ")";
        }
        return name;
    }
}
