package org.lianggang.ingest.read.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * The merged regions of a sheet, found by a scan of its XML bytes for {@code <mergeCell ref="…"/>} elements (in any
 * namespace prefix), skipping comments and CDATA as an XML parser does. A sheet lists its merged regions after all
 * its rows, so they take a pass of their own before the rows are read; a scan for one element costs a few percent
 * of a full SAX parse of the sheet. A sheet in UTF-16 (no writer seen does it) is handed back as null: the caller
 * then parses it.
 */
final class XlsxMergedRegions {

    private static final byte[] ELEMENT = "mergeCell".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] COMMENT = "!--".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] COMMENT_END = "-->".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] CDATA = "![CDATA[".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] CDATA_END = "]]>".getBytes(StandardCharsets.US_ASCII);
    /** How far past a '<' a prefixed element name is looked at. */
    private static final int NAME_LOOKAHEAD = 64;

    private final InputStream in;
    private final byte[] buffer = new byte[1 << 16];
    private int position;
    private int limit;
    private final List<CellRangeAddress> regions = new ArrayList<>();
    private final StringBuilder tag = new StringBuilder();

    private XlsxMergedRegions(InputStream in) {
        this.in = in;
    }

    /** The regions of the sheet's XML, or null when it is not in an 8-bit encoding (UTF-16). */
    static List<CellRangeAddress> scan(InputStream sheetXml) throws IOException {
        try (sheetXml) {
            XlsxMergedRegions scan = new XlsxMergedRegions(sheetXml);
            if (scan.available(2) && (scan.peek(0) == 0 || scan.peek(1) == 0 || (scan.peek(0) & 0xFF) >= 0xFE)) {
                return null;
            }
            scan.run();
            return scan.regions;
        }
    }

    private void run() throws IOException {
        while (available(1)) {
            int at = position;
            while (at < limit && buffer[at] != '<') {
                at++;
            }
            position = at;
            if (at == limit) {
                continue;
            }
            position++; // past the '<'
            if (startsWith(COMMENT)) {
                skipTo(COMMENT_END);
            } else if (startsWith(CDATA)) {
                skipTo(CDATA_END);
            } else if (mergeCellName()) {
                startTag();
            }
        }
    }

    /** Whether the bytes after a '<' name a mergeCell element, with or without a prefix. */
    private boolean mergeCellName() throws IOException {
        available(NAME_LOOKAHEAD);
        int end = Math.min(limit, position + NAME_LOOKAHEAD);
        int start = position;
        for (int i = position; i < end && isNameByte(buffer[i]); i++) {
            if (buffer[i] == ':') {
                start = i + 1;
                break;
            }
        }
        if (start + ELEMENT.length >= end) {
            return false;
        }
        for (int i = 0; i < ELEMENT.length; i++) {
            if (buffer[start + i] != ELEMENT[i]) {
                return false;
            }
        }
        return !isNameByte(buffer[start + ELEMENT.length]);
    }

    /** The start tag up to its '>', then its ref attribute as a parser would give it. */
    private void startTag() throws IOException {
        tag.setLength(0);
        int quote = 0;
        while (available(1)) {
            int b = buffer[position++] & 0xFF;
            if (quote == 0 && b == '>') {
                break;
            }
            quote = quote == 0 && (b == '"' || b == '\'') ? b : quote == b ? 0 : quote;
            tag.append((char) b); // refs are ASCII; other attributes' bytes do not matter here
        }
        String ref = ref(tag);
        if (ref != null && ref.contains(":")) {
            regions.add(CellRangeAddress.valueOf(ref));
        }
    }

    /** The value of the unprefixed attribute ref, with XML's attribute white space normalised; null without one. */
    private static String ref(CharSequence tag) {
        int i = 0;
        while (i < tag.length() && !Character.isWhitespace(tag.charAt(i))) {
            i++; // the element's name
        }
        while (i < tag.length()) {
            while (i < tag.length() && (Character.isWhitespace(tag.charAt(i)) || tag.charAt(i) == '/')) {
                i++;
            }
            int nameStart = i;
            while (i < tag.length() && tag.charAt(i) != '=' && !Character.isWhitespace(tag.charAt(i))) {
                i++;
            }
            String name = tag.subSequence(nameStart, i).toString();
            while (i < tag.length() && tag.charAt(i) != '"' && tag.charAt(i) != '\'') {
                i++;
            }
            if (i >= tag.length()) {
                return null;
            }
            char quote = tag.charAt(i);
            int valueStart = ++i;
            while (i < tag.length() && tag.charAt(i) != quote) {
                i++;
            }
            String value = tag.subSequence(valueStart, Math.min(i, tag.length())).toString();
            i++;
            if (name.equals("ref")) {
                return value.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
            }
        }
        return null;
    }

    private static boolean isNameByte(byte b) {
        return b == ':' || b == '_' || b == '-' || b == '.' || b >= '0' && b <= '9' || b >= 'A' && b <= 'Z'
                || b >= 'a' && b <= 'z' || b < 0;
    }

    /** Whether the next bytes are the text; if so, moves past them. */
    private boolean startsWith(byte[] text) throws IOException {
        if (!available(text.length)) {
            return false;
        }
        for (int i = 0; i < text.length; i++) {
            if (buffer[position + i] != text[i]) {
                return false;
            }
        }
        position += text.length;
        return true;
    }

    private void skipTo(byte[] end) throws IOException {
        while (available(end.length)) {
            if (buffer[position] == end[0] && startsWith(end)) {
                return;
            }
            position++;
        }
        position = limit;
    }

    private int peek(int offset) {
        return buffer[position + offset];
    }

    /** Whether at least n bytes are buffered past the position, reading more when needed; false at the end. */
    private boolean available(int n) throws IOException {
        if (limit - position >= n) {
            return true;
        }
        System.arraycopy(buffer, position, buffer, 0, limit - position);
        limit -= position;
        position = 0;
        while (limit < n) {
            int read = in.read(buffer, limit, buffer.length - limit);
            if (read < 0) {
                return false;
            }
            limit += read;
        }
        return true;
    }
}
