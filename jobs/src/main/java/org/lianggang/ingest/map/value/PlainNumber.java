package org.lianggang.ingest.map.value;

/**
 * Recognises the plain decimal numbers machine-written exports are made of ({@code 123}, {@code 4.5}), which
 * {@link Double#parseDouble} reads exactly as {@link ValueParser} would; anything else (signs too: -0 is 0 there)
 * goes to the full parser.
 */
public final class PlainNumber {

    /** Longer digit strings may carry more precision than a double; the full parser decides for them. */
    private static final int MAX_LENGTH = 15;

    private PlainNumber() {
    }

    /** The value of a plain number; integers (most counts) without going through {@link Double#parseDouble}. */
    public static double value(String text) {
        if (text.indexOf('.') >= 0) {
            return Double.parseDouble(text);
        }
        long value = 0;
        for (int i = 0; i < text.length(); i++) {
            value = value * 10 + (text.charAt(i) - '0');
        }
        return value;
    }

    public static boolean is(String text) {
        int length = text.length();
        if (length == 0 || length > MAX_LENGTH) {
            return false;
        }
        boolean digit = false;
        boolean point = false;
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digit = true;
            } else if (c == '.' && !point && digit) {
                point = true;
                digit = false;
            } else {
                return false;
            }
        }
        return digit;
    }
}
