package org.lianggang.report;

import java.util.Map;

/** Text of an export cell: neutralised against formula injection, and the status categories with their colours. */
final class CellText {

    /** Status labels and their fill colours (RGB), the same in the workbook and the HTML page. */
    static final Map<String, String> STATUS_COLOURS = Map.of(
            "达标", "C6EFCE",
            "基本实现", "E2F0D9",
            "未达标", "FFC7CE",
            "无数据", "D9D9D9");

    private CellText() {
    }

    /**
     * Text that a spreadsheet would read as a formula (= + - @, or a leading tab or carriage return that some
     * programs strip before looking) is prefixed with an apostrophe, as OWASP recommends for CSV and Excel exports.
     */
    static String neutralised(String text) {
        if (text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + text : text;
    }

    static String statusColour(String text) {
        return STATUS_COLOURS.get(text);
    }
}
