package org.lianggang.ingest.map.header;

/** How a problem names a column of the file to a person: its spreadsheet letter, its number and its header. */
public final class ColumnNames {

    private ColumnNames() {
    }

    /** "D列（第4列）「幼儿园在园幼儿数」" for the 0-based index 3: the letter Excel and WPS show, the number a CSV has. */
    public static String describe(int index, String header) {
        String text = letter(index) + "列（第" + (index + 1) + "列）";
        return header == null || header.isBlank() ? text : text + "「" + header.strip() + "」";
    }

    /** A, B, … Z, AA, AB … for 0, 1, … 25, 26, 27 … */
    static String letter(int index) {
        StringBuilder letters = new StringBuilder();
        for (int n = index + 1; n > 0; n = (n - 1) / 26) {
            letters.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return letters.toString();
    }
}
