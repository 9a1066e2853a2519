package org.lianggang.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.poi.poifs.filesystem.FileMagic;

/**
 * Opens an Excel workbook export on the named sheet, or the one Excel shows ({@link #sheetIndex}). The file's first
 * bytes, not its name, decide how: a zip package is read as .xlsx ({@link XlsxSheetRows}, streamed), an OLE2 file as
 * .xls ({@link XlsSheetRows}); departments' systems often save one under the other's name, or a web page under either.
 * Either way the rows are those Excel shows ({@link SheetView}).
 */
final class WorkbookExports {

    private static final int SNIFFED_BYTES = 1 << 12;

    private WorkbookExports() {
    }

    static TabularFile open(Path file, String sheet) throws IOException {
        String fileName = file.getFileName().toString();
        if (Files.size(file) == 0) {
            throw unreadable(fileName, "the file is empty");
        }
        FileMagic magic = FileMagic.valueOf(file.toFile());
        return switch (magic) {
            case OOXML -> XlsxSheetRows.open(file, sheet);
            case OLE2 -> XlsSheetRows.open(file, sheet);
            case HTML -> throw webPage(fileName);
            case XML -> throw unreadable(fileName, "这是 Excel 2003 XML 表格，不能读取：请在 Excel 中打开，另存为 .xlsx"
                    + " 后再放入 · the file is an XML spreadsheet (Excel 2003 XML), which is not read; open it in Excel"
                    + " and save it as .xlsx");
            case BIFF2, BIFF3, BIFF4 -> throw unreadable(fileName, "这是 Excel 2.0–4.0 的旧格式，不能读取：请在 Excel"
                    + " 中打开，另存为 .xlsx 后再放入 · the workbook is in an Excel 2.0–4.0 format, too old to read; open"
                    + " it in Excel and save it as .xlsx");
            case UNKNOWN -> throw isWebPage(file) ? webPage(fileName) : unreadable(fileName, "这不是 Excel 工作簿"
                    + " · the file is not an Excel workbook (.xlsx or .xls)");
            default -> throw unreadable(fileName, "这不是 Excel 工作簿，也不是文本表格（文件内容是 " + magic + "）：请从原"
                    + "系统重新导出为 .xlsx 或 CSV · the file is not an Excel workbook (.xlsx or .xls) nor delimited"
                    + " text: its content is " + magic + "; export the table again as .xlsx or CSV");
        };
    }

    /**
     * Whether the file is a table of a web page even where POI's sniffing sees none: reporting platforms'
     * "导出 Excel" often writes a bare {@code <table>} (no {@code <html>} first) under an .xls name.
     */
    static boolean isWebPage(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(SNIFFED_BYTES);
        }
        String text = new String(head, StandardCharsets.ISO_8859_1).replace("ï»¿", "")
                .stripLeading().toLowerCase(Locale.ROOT);
        return text.startsWith("<") && (text.contains("<table") || text.contains("<html"));
    }

    private static InputRejectedException webPage(String fileName) {
        return unreadable(fileName, "这是网页表格（HTML），不是 Excel 工作簿（报表系统的“导出 Excel”常这样保存）：请在"
                + " Excel 中打开，另存为 .xlsx 后再放入 · the file is a web page (HTML) table, not a workbook, as report"
                + " platforms' \"Export to Excel\" often writes; open it in Excel, save it as .xlsx and load that");
    }

    /** A sheet of a workbook, in the workbook's order: its name and whether Excel shows its tab. */
    record SheetTab(String name, boolean visible) {
    }

    /**
     * The position of the named sheet (matched as Excel matches names, ignoring case; a hidden one too, when named).
     * When none is named: the active sheet (the one Excel opens on) if it is visible, else the first visible one;
     * never a hidden or very hidden sheet, such as last year's sheet kept in the file.
     */
    static int sheetIndex(List<SheetTab> sheets, int active, String wanted, String fileName) {
        if (sheets.isEmpty()) {
            throw unreadable(fileName, "the workbook has no sheets");
        }
        if (wanted == null) {
            if (active >= 0 && active < sheets.size() && sheets.get(active).visible()) {
                return active;
            }
            for (int i = 0; i < sheets.size(); i++) {
                if (sheets.get(i).visible()) {
                    return i;
                }
            }
            throw unreadable(fileName, "every sheet of the workbook is hidden; show the sheet to load in Excel"
                    + " (右键工作表标签 > 取消隐藏) or name it in the layout's sheet:");
        }
        for (int i = 0; i < sheets.size(); i++) {
            if (sheets.get(i).name().strip().equalsIgnoreCase(wanted.strip())) {
                return i;
            }
        }
        throw unreadable(fileName, "the workbook has no sheet named \"" + wanted + "\"; its sheets are "
                + sheets.stream().map(n -> "\"" + n.name() + "\"").collect(Collectors.joining(", ")));
    }

    static InputRejectedException damaged(String fileName, Exception cause) {
        return unreadable(fileName, "the workbook cannot be read (damaged, or not really an Excel file): "
                + cause.getMessage());
    }

    static InputRejectedException unreadable(String fileName, String message) {
        return new InputRejectedException(List.of(Problem.ofFile(ProblemCode.FILE_UNREADABLE, fileName, message)));
    }
}
