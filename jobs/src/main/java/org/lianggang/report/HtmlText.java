package org.lianggang.report;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Escaping for the HTML page, and the one-pass template fill (a value is never scanned for placeholders again). */
final class HtmlText {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(\\w+)}}");

    private HtmlText() {
    }

    static String escape(Object value) {
        if (value == null) {
            return "—";
        }
        String text = value.toString();
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** JSON made safe inside a script element: no {@code </script>}, {@code <!--} or line separators can form. */
    static String scriptSafeJson(String json) {
        return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
                .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
    }

    /**
     * Text as a CSS string's content (inside double quotes): quotes, backslashes and line breaks escaped as CSS
     * escapes, and {@code <} too, so that no {@code </style>} can form.
     */
    static String cssString(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\' || c == '<' || c == '\n' || c == '\r') {
                out.append('\\').append(Integer.toHexString(c)).append(' ');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Script source inlined into the page: a literal {@code </script} inside it would end the element early. */
    static String inlineScript(String source) {
        return source.replace("</script", "<\\/script");
    }

    static String fill(String template, Map<String, String> values) {
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder(template.length() + values.values().stream().mapToInt(String::length)
                .sum());
        while (matcher.find()) {
            String value = values.get(matcher.group(1));
            if (value == null) {
                throw new IllegalStateException("template placeholder without a value: " + matcher.group());
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
