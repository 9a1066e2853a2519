package org.lianggang.report;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import org.apache.poi.ss.usermodel.Footer;
import org.apache.poi.ss.usermodel.Header;
import org.apache.poi.hssf.usermodel.HeaderFooter;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * How a report sheet prints: A4 landscape, as wide as one page (as many pages tall as it needs), the header row
 * repeated on every page, the report's region, year and sheet in the page header, the page number and the
 * generation time (local) in the footer.
 */
final class XlsxPageSetup {

    private static final DateTimeFormatter GENERATED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final String heading;
    private final String generated;

    /** {@code heading}: e.g. 2019年 柳州市 两纲监测统计报告. */
    XlsxPageSetup(String heading) {
        this.heading = heading;
        this.generated = "生成时间 " + ZonedDateTime.now().format(GENERATED);
    }

    void apply(Sheet sheet) {
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(true);
        sheet.setFitToPage(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
        Header header = sheet.getHeader();
        header.setLeft(escaped(heading));
        header.setRight(escaped(sheet.getSheetName()));
        Footer footer = sheet.getFooter();
        footer.setLeft(generated);
        footer.setCenter("第 " + HeaderFooter.page() + " 页，共 " + HeaderFooter.numPages() + " 页");
    }

    /** A literal & in a header is written &&, or Excel reads it as a code. */
    private static String escaped(String text) {
        return text.replace("&", "&&");
    }
}
