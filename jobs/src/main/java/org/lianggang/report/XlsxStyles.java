package org.lianggang.report;

import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;

/**
 * The cell styles of a report workbook, created once per workbook (Excel caps a workbook at 64,000 styles, so a
 * style per cell is not an option): the header, whole numbers, identifiers, decimals, text and one per status.
 */
final class XlsxStyles {

    final CellStyle header;
    final CellStyle count;
    final CellStyle identifier;
    final CellStyle decimal;
    final CellStyle text;
    private final Map<String, CellStyle> statuses = new HashMap<>();

    XlsxStyles(Workbook workbook, Presentation presentation) {
        header = workbook.createCellStyle();
        Font bold = workbook.createFont();
        bold.setBold(true);
        header.setFont(bold);
        header.setWrapText(true);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        header.setBorderBottom(BorderStyle.THIN);
        fill(header, "DDEBF7");
        count = numberStyle(workbook, "#,##0");
        identifier = numberStyle(workbook, "0");
        decimal = numberStyle(workbook, presentation.excelFormat());
        text = workbook.createCellStyle();
        CellText.STATUS_COLOURS.forEach((status, colour) -> {
            CellStyle style = workbook.createCellStyle();
            fill(style, colour);
            statuses.put(status, style);
        });
    }

    /** The fill for a status label (达标 green …), or the plain text style. */
    CellStyle forText(String value) {
        return statuses.getOrDefault(value, text);
    }

    private static CellStyle numberStyle(Workbook workbook, String format) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat(format));
        return style;
    }

    private static void fill(CellStyle style, String rgb) {
        ((XSSFCellStyle) style).setFillForegroundColor(new XSSFColor(HexFormat.of().parseHex(rgb), null));
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    }
}
