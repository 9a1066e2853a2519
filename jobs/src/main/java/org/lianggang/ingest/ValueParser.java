package org.lianggang.ingest;

import java.util.Set;
import java.util.regex.Pattern;

/** Parses value cells: plain or thousand-separated numbers; blanks and placeholders are missing, never zero. */
final class ValueParser {

    private static final Set<String> PLACEHOLDERS = Set.of("—", "--", "-", "－", "无", "/", "／", "空白", "NA", "N/A");
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

    private ValueParser() {
    }

    static ParsedCell parse(String cell) {
        String text = cell.strip();
        if (text.isEmpty()) {
            return ParsedCell.missing("blank");
        }
        if (PLACEHOLDERS.contains(text)) {
            return ParsedCell.missing("placeholder " + text);
        }
        String plain = text.replace(",", "");
        if (!NUMBER.matcher(plain).matches()) {
            return ParsedCell.notANumber();
        }
        return ParsedCell.number(Double.parseDouble(plain));
    }
}
