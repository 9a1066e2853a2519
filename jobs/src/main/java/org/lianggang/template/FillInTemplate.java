package org.lianggang.template;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDataValidationHelper;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.lianggang.catalog.Catalog;
import org.lianggang.catalog.SourceLayout;

/**
 * Writes a department's fill-in form (.xlsx): a title row, the layout's header, the rows with their region cells
 * filled and locked (grey), the cells to fill unlocked (white) and checked by data validation (the element's range,
 * whole numbers for counts, the layout's missing codes, the status words), the sheet protected without a password
 * so that only those cells take input; and a 填报说明 sheet. Written to a temporary file and renamed, never half.
 */
public final class FillInTemplate {

    /** Rows above the header: the title. */
    private static final int HEADER_ROW = 1;

    private final TemplateLayouts layouts;

    public FillInTemplate(Catalog catalog) {
        this.layouts = new TemplateLayouts(catalog);
    }

    /** The form's file name in a directory: {@code template-<source>-<year>.xlsx}. */
    public static Path fileIn(Path dir, SourceLayout layout, int year) {
        return dir.resolve("template-" + layout.id() + "-" + year + ".xlsx");
    }

    /** Writes the form of {@code layout} for {@code year} to {@code target}; returns the rows to fill. */
    public int write(SourceLayout layout, int year, Path target) throws IOException {
        TemplateSheet sheet = layouts.of(layout, year);
        Path temp = Files.createTempFile(target.toAbsolutePath().getParent(), ".template-", ".xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Styles styles = new Styles(workbook);
            writeForm(workbook, sheet, styles);
            writeNotes(workbook, sheet, styles);
            workbook.setActiveSheet(0);
            workbook.getProperties().getCoreProperties().setTitle(sheet.title());
            workbook.getProperties().getCustomProperties().addProperty("lianggang-template",
                    layout.id() + " " + year);
            try (OutputStream out = Files.newOutputStream(temp)) {
                workbook.write(out);
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
        return sheet.rows().size();
    }

    private static void writeForm(XSSFWorkbook workbook, TemplateSheet form, Styles styles) {
        XSSFSheet sheet = workbook.createSheet(form.sheetName());
        sheet.createRow(0).createCell(0).setCellValue(form.title());
        sheet.getRow(0).getCell(0).setCellStyle(styles.title);
        Row header = sheet.createRow(HEADER_ROW);
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        List<TemplateColumn> columns = form.columns();
        for (int c = 0; c < columns.size(); c++) {
            TemplateColumn column = columns.get(c);
            header.createCell(c).setCellValue(column.header());
            header.getCell(c).setCellStyle(styles.header);
            if (column.fill()) {
                var comment = drawing.createCellComment(new XSSFClientAnchor(0, 0, 0, 0, c, HEADER_ROW, c + 3,
                        HEADER_ROW + 3));
                comment.setString(new XSSFRichTextString(column.rule()));
                header.getCell(c).setCellComment(comment);
            }
            sheet.setColumnWidth(c, Math.min(60, Math.max(10, column.header().length() * 2 + 2)) * 256);
        }
        for (int r = 0; r < form.rows().size(); r++) {
            Row row = sheet.createRow(HEADER_ROW + 1 + r);
            List<String> cells = form.rows().get(r);
            for (int c = 0; c < cells.size(); c++) {
                var cell = row.createCell(c);
                if (columns.get(c).fill()) {
                    cell.setCellStyle(styles.fill);
                } else {
                    cell.setCellValue(cells.get(c));
                    cell.setCellStyle(styles.fixed);
                }
            }
        }
        validate(sheet, form);
        sheet.createFreezePane(countFixed(columns), HEADER_ROW + 1);
        sheet.lockFormatColumns(false);
        sheet.lockFormatRows(false);
        sheet.enableLocking();
    }

    private static void validate(XSSFSheet sheet, TemplateSheet form) {
        if (form.rows().isEmpty()) {
            return;
        }
        XSSFDataValidationHelper helper = new XSSFDataValidationHelper(sheet);
        int first = HEADER_ROW + 1;
        int last = HEADER_ROW + form.rows().size();
        for (int c = 0; c < form.columns().size(); c++) {
            TemplateColumn column = form.columns().get(c);
            DataValidationConstraint constraint = column.check() != null
                    ? helper.createCustomConstraint(column.check().replace("{cell}",
                            new CellReference(first, c).formatAsString(false)))
                    : column.words().isEmpty() ? null
                    : helper.createExplicitListConstraint(column.words().toArray(String[]::new));
            if (!column.fill() || constraint == null) {
                continue;
            }
            DataValidation validation = helper.createValidation(constraint,
                    new CellRangeAddressList(first, last, c, c));
            validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
            validation.setShowErrorBox(true);
            validation.createErrorBox("填写有误", column.header() + "：" + column.rule());
            validation.setShowPromptBox(true);
            validation.createPromptBox(column.header(), column.rule());
            validation.setEmptyCellAllowed(true);
            sheet.addValidationData(validation);
        }
    }

    private static void writeNotes(XSSFWorkbook workbook, TemplateSheet form, Styles styles) {
        XSSFSheet sheet = workbook.createSheet("填报说明");
        int r = 0;
        sheet.createRow(r++).createCell(0).setCellValue(form.title() + " 填报说明");
        sheet.getRow(0).getCell(0).setCellStyle(styles.title);
        for (int i = 0; i < form.notes().size(); i++) {
            sheet.createRow(r++).createCell(0).setCellValue((i + 1) + ". " + form.notes().get(i));
        }
        r++;
        Row header = sheet.createRow(r++);
        for (int c = 0; c < form.referenceHeader().size(); c++) {
            header.createCell(c).setCellValue(form.referenceHeader().get(c));
            header.getCell(c).setCellStyle(styles.header);
        }
        for (List<String> line : form.reference()) {
            Row row = sheet.createRow(r++);
            for (int c = 0; c < line.size(); c++) {
                row.createCell(c).setCellValue(line.get(c));
                row.getCell(c).setCellStyle(styles.wrapped);
            }
        }
        int[] widths = {28, 24, 10, 40, 60, 22};
        for (int c = 0; c < form.referenceHeader().size(); c++) {
            sheet.setColumnWidth(c, widths[Math.min(c, widths.length - 1)] * 256);
        }
    }

    private static int countFixed(List<TemplateColumn> columns) {
        int fixed = 0;
        while (fixed < columns.size() && !columns.get(fixed).fill() && fixed < 3) {
            fixed++;
        }
        return fixed;
    }

    /** The few cell styles a form uses. */
    private static final class Styles {
        final CellStyle title;
        final CellStyle header;
        final CellStyle fixed;
        final CellStyle fill;
        final CellStyle wrapped;

        Styles(XSSFWorkbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            Font large = workbook.createFont();
            large.setBold(true);
            large.setFontHeightInPoints((short) 14);
            title = workbook.createCellStyle();
            title.setFont(large);
            header = bordered(workbook, IndexedColors.GREY_25_PERCENT);
            header.setFont(bold);
            header.setWrapText(true);
            fixed = bordered(workbook, IndexedColors.GREY_25_PERCENT);
            fill = bordered(workbook, null);
            fill.setLocked(false);
            wrapped = workbook.createCellStyle();
            wrapped.setWrapText(true);
        }

        private static CellStyle bordered(XSSFWorkbook workbook, IndexedColors colour) {
            CellStyle style = workbook.createCellStyle();
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
            if (colour != null) {
                style.setFillForegroundColor(colour.getIndex());
                style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            }
            return style;
        }
    }
}
