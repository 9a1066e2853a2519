package org.lianggang.ingest.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.lianggang.catalog.SourceLayout;
import org.lianggang.ingest.read.csv.TextExports;
import org.lianggang.ingest.read.row.TabularFile;

/**
 * Opens an export by what its bytes are, not by its name: clerks' tools save workbooks, tab-separated text and web
 * pages under .xls, .txt and .csv alike. A zip package or an OLE2 file is a workbook ({@link WorkbookExports}),
 * whatever it is called; a web page (HTML, or a bare {@code <table>}) and other known non-text formats are refused
 * there with what they are; everything else is delimited text ({@link TextExports}: comma- or tab-separated, in
 * UTF-8, GBK/GB18030 or UTF-16). An explicit encoding (command line, then layout) wins over detection.
 */
public final class Exports {

    private Exports() {
    }

    public static TabularFile open(Path file, SourceLayout layout, String encodingOverride) throws IOException {
        if (isWorkbookLike(file)) {
            return WorkbookExports.open(file, layout.sheet());
        }
        return TextExports.open(file, encodingOverride != null ? encodingOverride : layout.encoding());
    }

    /** Whether the file goes to the workbook reader: a workbook, a web page or another known binary format. */
    private static boolean isWorkbookLike(Path file) throws IOException {
        if (Files.size(file) == 0) {
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            return name.endsWith(".xlsx") || name.endsWith(".xls");
        }
        FileMagic magic = FileMagic.valueOf(file.toFile());
        // Two-byte signatures that text can begin with ("BM…", "1" and a GBK character) are not taken as a format.
        boolean textCanLookLikeIt = magic == FileMagic.BMP || magic == FileMagic.MSWRITE;
        return magic != FileMagic.UNKNOWN && !textCanLookLikeIt || WorkbookExports.isWebPage(file);
    }
}
