package org.lianggang.ingest.read.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.util.XMLHelper;
import org.lianggang.ingest.read.workbook.SheetTab;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * What the streamed .xlsx reader needs before a sheet's rows, read with SAX from the package's XML: the sheet tabs
 * with their visibility and the active tab (workbook.xml), and a sheet's merged regions, which the sheet's XML
 * lists after all its rows, so they take a first pass over the sheet that keeps nothing but them: a scan of the
 * bytes for their elements ({@link XlsxMergedRegions}), not a parse.
 */
final class XlsxWorkbookParts {

    /** The tabs in the workbook's order, and the position of the active one (0 when the workbook names none). */
    record Tabs(List<SheetTab> sheets, int active) {
    }

    private XlsxWorkbookParts() {
    }

    static Tabs tabs(InputStream workbookXml) throws IOException, SAXException, ParserConfigurationException {
        List<SheetTab> sheets = new ArrayList<>();
        int[] active = {-1};
        parse(workbookXml, new DefaultHandler() {
            @Override
            public void startElement(String uri, String localName, String qName, Attributes attributes) {
                if (localName.equals("sheet")) {
                    String state = attributes.getValue("state");
                    sheets.add(new SheetTab(attributes.getValue("name"),
                            state == null || state.equals("visible")));
                } else if (localName.equals("workbookView") && active[0] < 0) {
                    String tab = attributes.getValue("activeTab");
                    active[0] = tab == null ? 0 : Integer.parseInt(tab.strip());
                }
            }
        });
        return new Tabs(sheets, Math.max(active[0], 0));
    }

    /**
     * The merged regions of a sheet. Damaged XML does not stop the scan: the pass over the rows reports the damage,
     * with the row it follows, and the file is refused.
     */
    static List<CellRangeAddress> mergedRegions(PackagePart sheet) throws IOException, ParserConfigurationException {
        List<CellRangeAddress> regions = XlsxMergedRegions.scan(sheet.getInputStream());
        return regions != null ? regions : parsedMergedRegions(sheet.getInputStream());
    }

    /** The same, by a full SAX parse; the fallback for a sheet the byte scan cannot read. */
    static List<CellRangeAddress> parsedMergedRegions(InputStream sheetXml)
            throws IOException, ParserConfigurationException {
        List<CellRangeAddress> regions = new ArrayList<>();
        DefaultHandler handler = new DefaultHandler() {
            @Override
            public void startElement(String uri, String localName, String qName, Attributes attributes) {
                String ref = localName.equals("mergeCell") ? attributes.getValue("ref") : null;
                if (ref != null && ref.contains(":")) {
                    regions.add(CellRangeAddress.valueOf(ref));
                }
            }
        };
        try {
            parse(sheetXml, handler);
        } catch (SAXException e) {
            return regions;
        }
        return regions;
    }

    private static void parse(InputStream xml, DefaultHandler handler)
            throws IOException, SAXException, ParserConfigurationException {
        try (xml) {
            var reader = XMLHelper.newXMLReader();
            reader.setContentHandler(handler);
            reader.parse(new InputSource(xml));
        }
    }
}
