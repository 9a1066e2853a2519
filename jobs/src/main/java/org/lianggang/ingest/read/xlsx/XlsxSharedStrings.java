package org.lianggang.ingest.read.xlsx;

import static org.apache.poi.xssf.usermodel.XSSFRelation.NS_SPREADSHEETML;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * A workbook's shared strings table (sharedStrings.xml), read (by {@link XlsxXmlReader}) as POI's
 * {@code ReadOnlySharedStringsTable} reads it without phonetic runs, each text already as POI's {@code XSSFRichTextString} shows it (its _xHHHH_ escapes
 * decoded), so that a cell's text is a lookup, not an XMLBeans object per cell. A table whose texts take more than
 * {@link #HELD_BYTES} is moved to a temporary file ({@link XlsxSpilledStrings}); {@link #close()} removes it.
 */
final class XlsxSharedStrings extends DefaultHandler implements Closeable {

    /** Above this many bytes of Strings (about 2 bytes a character, 48 a String), the texts go to a file. */
    static final long HELD_BYTES = 32L << 20;
    private static final int STRING_OVERHEAD = 48;

    private final long heldLimit;
    private long held;
    private List<String> strings;
    private XlsxSpilledStrings spilled;
    private StringBuilder characters;
    private boolean tIsOpen;
    private boolean inRPh;

    private XlsxSharedStrings(long heldLimit) {
        this.heldLimit = heldLimit;
    }

    /** The table of the package's first shared strings part; an empty table when it has none. */
    static XlsxSharedStrings of(OPCPackage workbook) throws IOException, SAXException {
        return of(workbook, HELD_BYTES);
    }

    /** The same, with the texts moved to a temporary file once they take more than heldLimit bytes. */
    static XlsxSharedStrings of(OPCPackage workbook, long heldLimit) throws IOException, SAXException {
        XlsxSharedStrings table = new XlsxSharedStrings(heldLimit);
        List<PackagePart> parts = workbook.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
        if (!parts.isEmpty()) {
            try (InputStream stream = parts.get(0).getInputStream()) {
                table.read(stream);
                if (table.spilled != null) {
                    table.spilled.finish();
                }
            } catch (IOException | SAXException | RuntimeException e) {
                table.close();
                throw e;
            }
        }
        return table;
    }

    /** Whether the texts are in a temporary file rather than in memory. */
    boolean spilled() {
        return spilled != null;
    }

    @Override
    public void close() throws IOException {
        if (spilled != null) {
            spilled.close();
        }
    }

    /** The text at a 0-based index; a cell naming an index the table does not hold fails the sheet, as in POI. */
    String at(int index) {
        int size = spilled != null ? spilled.size() : strings == null ? -1 : strings.size();
        if (index >= size) {
            throw new IllegalStateException("Cannot get item at " + index + " with "
                    + (size < 0 ? "no" : Integer.toString(size)) + " shared strings");
        }
        return spilled != null ? spilled.get(index) : strings.get(index);
    }

    private void add(String text) {
        try {
            if (spilled == null) {
                strings.add(text);
                held += STRING_OVERHEAD + 2L * text.length();
                if (held > heldLimit) {
                    spilled = new XlsxSpilledStrings();
                    for (String s : strings) {
                        spilled.add(s);
                    }
                    strings = new ArrayList<>();
                }
            } else {
                spilled.add(text);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void read(InputStream stream) throws IOException, SAXException {
        PushbackInputStream in = new PushbackInputStream(stream, 1);
        int first = in.read();
        if (first < 0) {
            return;
        }
        in.unread(first);
        XMLReader parser = XlsxXmlReader.create();
        parser.setContentHandler(this);
        parser.parse(new InputSource(in));
    }

    @Override
    public void startElement(String uri, String localName, String name, Attributes attributes) {
        if (uri != null && !uri.equals(NS_SPREADSHEETML)) {
            return;
        }
        switch (localName) {
            case "sst" -> {
                String count = attributes.getValue("count");
                if (count != null) {
                    Long.parseLong(count); // as POI: a count that is no number fails the workbook
                }
                String unique = attributes.getValue("uniqueCount");
                int expected = unique == null ? 0 : (int) Long.parseLong(unique);
                strings = new ArrayList<>(Math.max(0, Math.min(expected, 1 << 20)));
                characters = new StringBuilder(64);
            }
            case "si" -> {
                if (characters != null) {
                    characters.setLength(0);
                }
            }
            case "t" -> tIsOpen = true;
            case "rPh" -> inRPh = true;
            default -> {
                // formatting runs and their properties carry no text of their own
            }
        }
    }

    @Override
    public void endElement(String uri, String localName, String name) {
        if (uri != null && !uri.equals(NS_SPREADSHEETML)) {
            return;
        }
        switch (localName) {
            case "si" -> {
                if (strings != null && characters != null) {
                    add(XlsxCellEvents.richText(characters.toString()));
                }
            }
            case "t" -> tIsOpen = false;
            case "rPh" -> inRPh = false;
            default -> {
                // nothing to close
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (tIsOpen && !inRPh && characters != null) {
            characters.append(ch, start, length);
        }
    }
}
