package org.lianggang.ingest.read.xlsx;

import com.ctc.wstx.sax.WstxSAXParserFactory;
import com.ctc.wstx.stax.WstxInputFactory;
import javax.xml.stream.XMLInputFactory;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * The SAX parser of a workbook's large parts (its sheets and its shared strings): Woodstox, which parses a sheet's
 * XML about 1.6 times as fast as the JDK's parser, namespace-aware as POI's handlers need it. A workbook's XML has
 * no DTD; one is not read, and no external entity is ever resolved (as POI's own parser settings ensure).
 */
final class XlsxXmlReader {

    private XlsxXmlReader() {
    }

    static XMLReader create() throws SAXException {
        WstxInputFactory stax = new WstxInputFactory();
        stax.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        stax.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        WstxSAXParserFactory factory = new WstxSAXParserFactory(stax);
        factory.setNamespaceAware(true);
        return factory.newSAXParser().getXMLReader();
    }
}
