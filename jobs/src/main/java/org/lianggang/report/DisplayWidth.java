package org.lianggang.report;

/** Width of text on screen or in a spreadsheet column: CJK and full-width characters take two columns. */
public final class DisplayWidth {

    private DisplayWidth() {
    }

    public static int of(String text) {
        return text.codePoints().map(cp -> cp >= 0x1100 && (cp <= 0x115F || (cp >= 0x2E80 && cp <= 0xA4CF)
                || (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F)
                || (cp >= 0xFF00 && cp <= 0xFF60) || (cp >= 0xFFE0 && cp <= 0xFFE6)) ? 2 : 1).sum();
    }
}
