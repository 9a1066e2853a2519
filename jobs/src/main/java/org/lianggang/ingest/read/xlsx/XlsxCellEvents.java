package org.lianggang.ingest.read.xlsx;

import static org.apache.poi.xssf.usermodel.XSSFRelation.NS_SPREADSHEETML;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The row and cell events of a sheet's XML, exactly as POI's {@code XSSFSheetXMLHandler} gives them (results, not
 * formulas; no comments), without its cost per cell: POI wraps every text cell in an {@code XSSFRichTextString}
 * (an XMLBeans object) and looks every number's style up through XMLBeans. Here a shared string is looked up in
 * {@link XlsxSharedStrings}, and a style's number format is read once per style ({@link XlsxCellFormats}).
 * {@code XlsxCellEventsTest} holds the events to POI's own handler's.
 */
final class XlsxCellEvents extends DefaultHandler {

    private enum Kind { BOOLEAN, ERROR, FORMULA, INLINE_STRING, SST_STRING, NUMBER }

    private final XlsxCellFormats formats;
    private final XlsxSharedStrings strings;
    private final SheetContentsHandler output;
    private final DataFormatter formatter;

    private boolean vIsOpen;
    private boolean isIsOpen;
    private Kind kind = Kind.NUMBER;
    private XlsxCellFormats.Format format;
    private int rowNum;
    private int nextRowNum;
    private String cellRef;
    private final StringBuilder value = new StringBuilder(64);

    XlsxCellEvents(XlsxCellFormats formats, XlsxSharedStrings strings, SheetContentsHandler output,
                   DataFormatter formatter) {
        this.formats = formats;
        this.strings = strings;
        this.output = output;
        this.formatter = formatter;
    }

    /** As POI: {@code <v>}, an element named inlineStr, and a {@code <t>} inside {@code <is>} carry the value. */
    private boolean textTag(String name) {
        return name.equals("v") || name.equals("inlineStr") || isIsOpen && name.equals("t");
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        if (uri != null && !uri.equals(NS_SPREADSHEETML)) {
            return;
        }
        if (textTag(localName)) {
            vIsOpen = true;
            if (!isIsOpen) {
                value.setLength(0);
            }
        } else if (localName.equals("is")) {
            isIsOpen = true;
        } else if (localName.equals("f")) {
            if (kind == Kind.NUMBER) {
                kind = Kind.FORMULA;
            }
        } else if (localName.equals("row")) {
            String r = attributes.getValue("r");
            rowNum = r != null ? Integer.parseInt(r.trim()) - 1 : nextRowNum;
            output.startRow(rowNum);
        } else if (localName.equals("c")) {
            startCell(attributes);
        }
    }

    private void startCell(Attributes attributes) {
        kind = Kind.NUMBER;
        format = null;
        cellRef = attributes.getValue("r");
        String type = attributes.getValue("t");
        if (type == null || type.equals("n")) {
            format = formats.of(attributes.getValue("s"));
        } else {
            switch (type) {
                case "b" -> kind = Kind.BOOLEAN;
                case "e" -> kind = Kind.ERROR;
                case "inlineStr" -> kind = Kind.INLINE_STRING;
                case "s" -> kind = Kind.SST_STRING;
                case "str" -> kind = Kind.FORMULA;
                default -> format = formats.of(attributes.getValue("s"));
            }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        if (uri != null && !uri.equals(NS_SPREADSHEETML)) {
            return;
        }
        if (textTag(localName)) {
            vIsOpen = false;
            if (!isIsOpen) {
                outputCell();
                value.setLength(0);
            }
        } else if (localName.equals("is")) {
            isIsOpen = false;
            outputCell();
            value.setLength(0);
        } else if (localName.equals("row")) {
            output.endRow(rowNum);
            nextRowNum = rowNum + 1;
        } else if (localName.equals("sheetData")) {
            output.endSheet();
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (vIsOpen) {
            value.append(ch, start, length);
        }
    }

    private void outputCell() {
        String text = switch (kind) {
            case BOOLEAN -> value.charAt(0) == '0' ? "FALSE" : "TRUE";
            case ERROR -> "ERROR:" + value;
            case FORMULA -> formatted(value.toString());
            case INLINE_STRING -> richText(value.toString());
            case SST_STRING -> sharedString();
            case NUMBER -> value.isEmpty() ? "" : formatted(value.toString());
        };
        output.cell(cellRef, text, null);
    }

    /** The number in the format of the cell's style; the raw text when it has none or is no number. */
    private String formatted(String raw) {
        if (format == null) {
            return raw;
        }
        double number;
        try {
            number = Double.parseDouble(raw.trim());
        } catch (NumberFormatException e) {
            return raw; // a formula's text result
        }
        try {
            return formatter.formatRawCellContents(number, format.index(), format.text());
        } catch (RuntimeException e) {
            return raw; // as POI: a format it cannot apply leaves the raw value
        }
    }

    /** POI's handler gives null for an index that is no number (it logs it); the collector reads that as "". */
    private String sharedString() {
        String index = value.toString().trim();
        if (index.isEmpty()) {
            return null;
        }
        int at;
        try {
            at = Integer.parseInt(index);
        } catch (NumberFormatException e) {
            return null;
        }
        return strings.at(at);
    }

    /** As {@code XSSFRichTextString.toString()}: _xHHHH_ escapes decoded, which only a text holding "_x" can have. */
    static String richText(String raw) {
        return raw.contains("_x") ? new XSSFRichTextString(raw).toString() : raw;
    }
}
