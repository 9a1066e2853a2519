package org.lianggang.ingest.read.workbook;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.format.CellFormat;
import org.apache.poi.ss.formula.eval.ErrorEval;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.NumberToTextConverter;

/**
 * The text of a workbook cell as the ingest reads it. Text stays as written (a code typed as text keeps its leading
 * zeros); a number is written plainly, with Excel's 15 significant digits but without its display format, so a
 * cell shown as "4,512" or "4.51E+03" reads "4512" and a 12-digit region code never turns into scientific notation.
 * Two formats change what a number means and are kept: a percent format reads "98.82%" (not 0.9882, which would be
 * taken for a value a hundred times too small), and a date format reads the date as its format shows it
 * ("2019年12月31日"), with Excel's built-in short date, which Excel shows in the reader's own locale, as ISO
 * {@code 2019-12-31}.
 *
 * <p>The streaming .xlsx reader hands every numeric cell to {@link #formatRawCellContents}; the .xls reader calls
 * {@link #text}. Like every {@link DataFormatter}, an instance is not thread-safe: one per open file.
 */
public final class WorkbookCellText extends DataFormatter {

    /** Whole numbers below this are written exactly by Excel's 15 significant digits. */
    private static final double WHOLE_DIGITS = 1e15;
    private static final int SHORT_DATE = 14;
    private static final int SHORT_DATE_TIME = 22;
    private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final DateTimeFormatter ISO_DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** Whether each format string is a date format; POI caches only its last answer, and a "no" not at all. */
    private final Map<String, Boolean> dateFormats = new HashMap<>();

    public WorkbookCellText() {
        super(Locale.ROOT);
    }

    /** A cell of a usermodel workbook (.xls): formulas give their cached result, a missing or blank cell "". */
    String text(Cell cell, boolean date1904) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> number(cell, date1904);
            case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
            case ERROR -> ErrorEval.getText(cell.getErrorCellValue());
            default -> "";
        };
    }

    private String number(Cell cell, boolean date1904) {
        CellStyle style = cell.getCellStyle();
        String format = style == null ? null : style.getDataFormatString();
        return format == null ? plain(cell.getNumericCellValue())
                : formatRawCellContents(cell.getNumericCellValue(), style.getDataFormat(), format, date1904);
    }

    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904Windowing) {
        if (formatString == null) {
            return plain(value);
        }
        if (dateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
            return date(value, formatIndex, formatString, use1904Windowing);
        }
        return percent(formatString) ? plain(value * 100) + "%" : plain(value);
    }

    private boolean dateFormat(int formatIndex, String formatString) {
        return DateUtil.isInternalDateFormat(formatIndex)
                || dateFormats.computeIfAbsent(formatString, f -> DateUtil.isADateFormat(-1, f));
    }

    /** Through CellFormat: DataFormatter would keep the quotes of a format's literal text, 2019"年"12"月". */
    private static String date(double value, int formatIndex, String formatString, boolean date1904) {
        if (formatIndex == SHORT_DATE || formatIndex == SHORT_DATE_TIME) {
            DateTimeFormatter iso = formatIndex == SHORT_DATE ? ISO_DATE : ISO_DATE_TIME;
            return iso.format(DateUtil.getLocalDateTime(value, date1904));
        }
        return CellFormat.getInstance(Locale.ROOT, formatString).apply(DateUtil.getJavaDate(value, date1904)).text;
    }

    /** A number as Excel would show it in a wide General column: up to 15 significant digits, never an exponent. */
    static String plain(double value) {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        if (value == 0) {
            return "0"; // also -0.0, which a formula can leave behind
        }
        if (Math.abs(value) < WHOLE_DIGITS && value == Math.rint(value)) {
            return Long.toString((long) value); // a whole number of at most 15 digits: what the general path gives
        }
        return new BigDecimal(NumberToTextConverter.toText(value)).toPlainString();
    }

    /** Whether the format multiplies by 100 for display: a % outside quoted text and escapes. */
    private static boolean percent(String format) {
        boolean quoted = false;
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == '\\') {
                i++;
            } else if (!quoted && c == '%') {
                return true;
            }
        }
        return false;
    }
}
