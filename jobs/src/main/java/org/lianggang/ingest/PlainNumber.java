package org.lianggang.ingest;

/**
 * Recognises the plain decimal numbers machine-written exports are made of ({@code 123}, {@code 4.5}), which
 * {@link Double#parseDouble} reads exactly as {@link ValueParser} would; anything else (signs too: -0 is 0 there)
 * goes to the full parser.
 */
final class PlainNumber {

    /** Longer digit strings may carry more precision than a double; the full parser decides for them. */
    private static final int MAX_LENGTH = 15;

    private PlainNumber() {
    }

    static boolean is(String text) {
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
