package org.lianggang.report;

import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;

/**
 * The typography of the Word report, as a 公文-style document reads: A4, 黑体 / 楷体 headings numbered 一、 and
 * （一）, 仿宋 body text with a two-character first-line indent, 宋体 tables with a bold header row.
 */
final class DocxPages {

    private static final String HEADING_FONT = "黑体";
    private static final String SECTION_FONT = "楷体";
    private static final String BODY_FONT = "仿宋";
    private static final String TABLE_FONT = "宋体";
    private static final int BODY_SIZE = 14;
    /** The width of the text between the margins, in twips (A4 11906 − 1587 − 1474). */
    private static final int TEXT_WIDTH = 11906 - 1587 - 1474;
    private static final String[] DIGITS = {"", "一", "二", "三", "四", "五", "六", "七", "八", "九"};

    private final XWPFDocument document;

    DocxPages(XWPFDocument document) {
        this.document = document;
        a4Portrait(document);
    }

    void title(String text) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        paragraph.setSpacingAfter(120);
        run(paragraph, text, "方正小标宋简体", 22, true);
    }

    void subtitle(String text) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        paragraph.setSpacingAfter(360);
        run(paragraph, text, BODY_FONT, 12, false);
    }

    /** 一、{text}: a plan. */
    void heading(int number, String text) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setSpacingBefore(240);
        paragraph.setSpacingAfter(120);
        paragraph.setPageBreak(number > 1);
        run(paragraph, chineseNumber(number) + "、" + text, HEADING_FONT, 16, false);
    }

    /** （一）{text}: a section of a plan. */
    void section(int number, String text) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setSpacingBefore(180);
        paragraph.setSpacingAfter(60);
        paragraph.setIndentationFirstLine(560);
        run(paragraph, "（" + chineseNumber(number) + "）" + text, SECTION_FONT, BODY_SIZE, true);
    }

    void body(String text) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setIndentationFirstLine(560);
        paragraph.setSpacingAfter(60);
        run(paragraph, text, BODY_FONT, BODY_SIZE, false);
    }

    /** A caption above a table or chart. */
    void caption(String text) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        paragraph.setSpacingBefore(120);
        run(paragraph, text, HEADING_FONT, 12, false);
    }

    /**
     * A table with a bold header row; every cell is text, as the report prints it. {@code widths}: each column's
     * share of the line in percent.
     */
    void table(List<String> headers, List<Integer> widths, List<List<String>> rows) {
        XWPFTable table = document.createTable(rows.size() + 1, headers.size());
        table.setWidth(TEXT_WIDTH);
        table.setWidthType(TableWidthType.DXA);
        CTTblPr properties = table.getCTTbl().getTblPr();
        (properties.isSetTblLayout() ? properties.getTblLayout() : properties.addNewTblLayout())
                .setType(STTblLayoutType.FIXED);
        // Word reads the cells' widths, LibreOffice the grid's: both are set, in twips
        CTTblGrid grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid()
                : table.getCTTbl().addNewTblGrid();
        for (int c = 0; c < widths.size(); c++) {
            BigInteger twips = BigInteger.valueOf(TEXT_WIDTH * widths.get(c) / 100);
            (c < grid.sizeOfGridColArray() ? grid.getGridColArray(c) : grid.addNewGridCol()).setW(twips);
            for (XWPFTableRow row : table.getRows()) {
                row.getCell(c).setWidthType(TableWidthType.DXA);
                row.getCell(c).setWidth(twips.toString());
            }
        }
        fillRow(table.getRow(0), headers, true);
        for (int r = 0; r < rows.size(); r++) {
            fillRow(table.getRow(r + 1), rows.get(r), false);
        }
        table.getRow(0).setRepeatHeader(true);
    }

    private static void fillRow(XWPFTableRow row, List<String> texts, boolean header) {
        row.setCantSplitRow(true);
        for (int c = 0; c < texts.size(); c++) {
            XWPFTableCell cell = row.getCell(c);
            XWPFParagraph paragraph = cell.getParagraphs().get(0);
            paragraph.setAlignment(header ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT);
            run(paragraph, texts.get(c), TABLE_FONT, 10.5, header);
        }
    }

    private static void run(XWPFParagraph paragraph, String text, String font, double size, boolean bold) {
        XWPFRun run = paragraph.createRun();
        run.setText(text);
        run.setFontFamily(font, XWPFRun.FontCharRange.eastAsia);
        run.setFontFamily("Times New Roman", XWPFRun.FontCharRange.ascii);
        run.setFontFamily("Times New Roman", XWPFRun.FontCharRange.hAnsi);
        run.setFontSize(size);
        run.setBold(bold);
    }

    /** 1 → 一, 10 → 十, 12 → 十二, 21 → 二十一 (the numbering of 公文 headings). */
    static String chineseNumber(int n) {
        if (n < 10) {
            return DIGITS[n];
        }
        return (n >= 20 ? DIGITS[n / 10] : "") + "十" + DIGITS[n % 10];
    }

    /** A4 (210 × 297 mm) with the margins of GB/T 9704 (top 37 mm, bottom 35, left 28, right 26), in twips. */
    private static void a4Portrait(XWPFDocument document) {
        CTSectPr section = document.getDocument().getBody().isSetSectPr()
                ? document.getDocument().getBody().getSectPr() : document.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(2098));
        margins.setBottom(BigInteger.valueOf(1984));
        margins.setLeft(BigInteger.valueOf(1587));
        margins.setRight(BigInteger.valueOf(1474));
    }
}
