package org.lianggang.ingest.read.xlsx;

import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Sits between the sheet's XML and POI's {@code XSSFSheetXMLHandler}, passing every event on, and tells the row
 * collector what POI's handler does not: which columns ({@code <col hidden="1">}) and rows ({@code <row
 * hidden="1">}) are hidden, and which formula cells have no result ({@code <c><f>…</f></c>} without {@code <v>}),
 * which POI's handler would silently leave out as blank.
 */
final class XlsxSheetEvents extends DefaultHandler {

    private final DefaultHandler cells;
    private final XlsxRowCollector rows;
    private String cellReference;
    private boolean formula;
    private boolean value;
    private boolean inFormula;
    private final StringBuilder formulaText = new StringBuilder();

    XlsxSheetEvents(DefaultHandler cells, XlsxRowCollector rows) {
        this.cells = cells;
        this.rows = rows;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
        cells.startElement(uri, localName, qName, attributes);
        switch (localName) {
            case "col" -> {
                if (flag(attributes.getValue("hidden"))) {
                    rows.hideColumns(Integer.parseInt(attributes.getValue("min")) - 1,
                            Integer.parseInt(attributes.getValue("max")) - 1);
                }
            }
            case "row" -> rows.rowHidden(flag(attributes.getValue("hidden")));
            case "c" -> {
                cellReference = attributes.getValue("r");
                formula = false;
                value = false;
            }
            case "f" -> {
                formula = true;
                inFormula = true;
                formulaText.setLength(0);
            }
            case "v" -> value = true;
            default -> {
                // other elements carry nothing the rows need
            }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        if (localName.equals("f")) {
            inFormula = false;
        } else if (localName.equals("c") && formula && !value) {
            rows.uncalculatedFormula(cellReference, "=" + formulaText);
        }
        cells.endElement(uri, localName, qName);
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        if (inFormula) {
            formulaText.append(ch, start, length);
        }
        cells.characters(ch, start, length);
    }

    private static boolean flag(String value) {
        return "1".equals(value) || "true".equals(value);
    }
}
