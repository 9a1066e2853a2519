package org.lianggang.ingest.read;

import org.lianggang.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.lianggang.ingest.problem.InputRejectedException;
import org.lianggang.ingest.read.row.TabularFile;
import org.lianggang.ingest.read.workbook.WorkbookRefusal;
import org.lianggang.ingest.read.workbook.XlsSheetRows;
import org.lianggang.ingest.read.xlsx.XlsxSheetRows;

/**
 * Opens an Excel workbook export on the named sheet, or the one Excel shows ({@code SheetTab.chosen}). The file's
 * first bytes, not its name, decide how: a zip package is read as .xlsx ({@link XlsxSheetRows}, streamed), an OLE2
 * file as .xls ({@link XlsSheetRows}); departments' systems often save one under the other's name, or a web page
 * under either. Either way the rows are those Excel shows ({@code SheetView}).
 */
final class WorkbookExports {

    private static final int SNIFFED_BYTES = 1 << 12;

    private WorkbookExports() {
    }

    static TabularFile open(Path file, String sheet) throws IOException {
        String fileName = file.getFileName().toString();
        if (Files.size(file) == 0) {
            throw WorkbookRefusal.unreadable(fileName, Messages.text("problem.workbook-empty"));
        }
        FileMagic magic = FileMagic.valueOf(file.toFile());
        return switch (magic) {
            case OOXML -> XlsxSheetRows.open(file, sheet);
            case OLE2 -> XlsSheetRows.open(file, sheet);
            case HTML -> throw webPage(fileName);
            case XML -> throw WorkbookRefusal.unreadable(fileName, Messages.text("problem.workbook-xml"));
            case BIFF2, BIFF3, BIFF4 -> throw WorkbookRefusal.unreadable(fileName, Messages.text("problem.workbook-too-old"));
            case UNKNOWN -> throw isWebPage(file) ? webPage(fileName) : WorkbookRefusal.unreadable(fileName, Messages.text("problem.not-a-workbook"));
            default -> throw WorkbookRefusal.unreadable(fileName, Messages.text("problem.neither-workbook-nor-text", magic));
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
        return WorkbookRefusal.unreadable(fileName, Messages.text("problem.web-page"));
    }}
