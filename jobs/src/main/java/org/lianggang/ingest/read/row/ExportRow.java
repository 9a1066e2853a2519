package org.lianggang.ingest.read.row;

import java.util.List;

/** One data row of an export: its 1-based line number in the file and its cells as text. */
public record ExportRow(long number, List<String> cells) {

    /** The cell's text without surrounding white space (U+3000 included); "" past the end of a short row. */
    public String cell(int index) {
        if (index >= cells.size()) {
            return "";
        }
        String text = cells.get(index);
        // Nearly every cell has nothing to strip: two character tests instead of String.strip's code-point lookups.
        return text.isEmpty() || !maybeSpace(text.charAt(0)) && !maybeSpace(text.charAt(text.length() - 1)) ? text
                : text.strip();
    }

    /** False for every character that {@link Character#isWhitespace} is certainly false for. */
    private static boolean maybeSpace(char c) {
        return c <= ' ' || c >= '\u1680' && (c == '\u1680' || c >= '\u2000' && c <= '\u205F' || c == '\u3000');
    }

    public boolean blank() {
        for (String cell : cells) {
            if (!cell.isBlank()) {
                return false;
            }
        }
        return true;
    }
}
