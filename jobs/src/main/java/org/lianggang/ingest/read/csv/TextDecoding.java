package org.lianggang.ingest.read.csv;

import org.lianggang.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.lianggang.ingest.problem.InputRejectedException;
import org.lianggang.ingest.problem.Problem;
import org.lianggang.ingest.problem.ProblemCode;

/**
 * The charset a text export is read in, and why. Clerks type exports into Excel on Chinese Windows and save them as
 * "CSV" in GBK (GB18030), or as UTF-8 with or without a byte-order mark, and nothing in the file says which. So an
 * encoding given in the layout or on the command line wins; otherwise the bytes decide: a UTF-8 byte-order mark,
 * else strict UTF-8 (GBK text almost never passes as UTF-8), else strict GB18030; a UTF-16 byte-order mark (Excel's
 * "Unicode 文本") chooses UTF-16. Only a bounded sample is read, because exports reach 700 MB: the first MiB, or when
 * that is all ASCII (which every one of these charsets reads alike) the MiB from the first byte that is not. Text that decodes cleanly but is garbled (乱码: converted through the wrong
 * encoding somewhere before it reached us, then saved again) is refused, never loaded, however the charset was
 * chosen.
 */
record TextDecoding(Charset charset, String reason) {

    /** How much of a file decides its encoding: the header and thousands of rows, yet small enough to hold. */
    static final int PREFIX_BYTES = 1 << 20;

    static final Charset GB18030 = Charset.forName("GB18030");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    static TextDecoding of(Path file, String encoding) throws IOException {
        String fileName = file.getFileName().toString();
        byte[] prefix;
        boolean whole;
        try (InputStream in = Files.newInputStream(file)) {
            prefix = in.readNBytes(PREFIX_BYTES);
            whole = in.read() == -1;
        }
        // CsvExport drops a UTF-8 byte-order mark whatever the charset, so the check below reads what it will read.
        int start = hasUtf8Bom(prefix) ? 3 : 0;
        ByteBuffer body = ByteBuffer.wrap(prefix, start, prefix.length - start);
        long firstNonAscii = -1;
        if (encoding == null && !whole && isAscii(body)) {
            // ASCII is valid in every charset read here, so it decides nothing: the first bytes that are not do.
            firstNonAscii = firstNonAscii(file, prefix.length);
            if (firstNonAscii >= 0) {
                try (InputStream in = Files.newInputStream(file)) {
                    in.skipNBytes(firstNonAscii);
                    prefix = in.readNBytes(PREFIX_BYTES);
                    whole = in.read() == -1;
                }
                body = ByteBuffer.wrap(prefix);
            }
        }
        TextDecoding detected = encoding != null ? given(encoding, fileName) : detected(prefix, body, whole, fileName);
        TextDecoding chosen = firstNonAscii < 0 ? detected : new TextDecoding(detected.charset,
                Messages.text("encoding.first-non-ascii", firstNonAscii,
                        detected.reason.replace(Messages.text("encoding.detected", ""), "")));
        String text = decodeStrictly(body, chosen.charset, whole).orElseThrow(() -> wrongEncoding(fileName,
                Messages.text("encoding.not-valid", chosen.charset.name(), chosen.reason, chosen.advice())));
        garbledFragment(text).ifPresent(fragment -> {
            throw wrongEncoding(fileName, Messages.text("encoding.garbled", chosen.charset.name(), chosen.reason,
                    fragment.replaceAll("\\p{Cc}", "?"), chosen.advice()));
        });
        return chosen;
    }

    /**
     * Whether decoded text is mojibake. Conservative on purpose, since real Chinese text and ASCII must load: it
     * looks for replacement characters (U+FFFD, and "锟斤拷", which is U+FFFD's UTF-8 bytes read as GBK), and for
     * runs of non-ASCII text that turn back into clean Chinese when re-encoded the way mojibake was made (UTF-8
     * bytes read as GBK or as Latin-1/Windows-1252, or both in turn; GBK bytes read as Latin-1). Genuine Chinese
     * almost never does, yet to be safe the text is garbled only when at least half of its runs do.
     */
    /** Runs of non-ASCII characters at least this long are judged; shorter ones only when a misreading explains them. */
    private static final int JUDGED_RUN = 4;

    static boolean looksLikeMojibake(String sample) {
        return garbledFragment(sample).isPresent();
    }

    /** The first garbled fragment of the text, when {@link #looksLikeMojibake} holds. */
    private static Optional<String> garbledFragment(String text) {
        for (String marker : List.of("\uFFFD", "锟斤拷")) {
            int at = text.indexOf(marker);
            if (at >= 0) {
                return Optional.of(around(text, at));
            }
        }
        int runs = 0;
        int garbled = 0;
        String first = null;
        for (int start = 0, end; start < text.length(); start = end) {
            end = start + 1;
            if (text.charAt(start) < 0x80) {
                continue;
            }
            while (end < text.length() && text.charAt(end) >= 0x80) {
                end++;
            }
            if (end - start >= 2) {
                String run = text.substring(start, end);
                if (Misreading.anyExplains(run)) {
                    runs++;
                    garbled++;
                    first = first == null ? run.substring(0, Math.min(run.length(), 12)) : first;
                } else if (end - start >= JUDGED_RUN) {
                    runs++;
                }
                // A shorter run that nothing explains is a word too short to judge (人, 例 as GBK read as Latin-1:
                // two characters, one Han, fewer than a misreading needs): it counts neither way, so that a text of
                // many one-character words is judged by its longer ones.
            }
        }
        return garbled > 0 && garbled * 2 >= runs ? Optional.of(first) : Optional.empty();
    }

    /** A few characters either side of a position, within its line, to show the clerk. */
    private static String around(String text, int at) {
        int lineEnd = text.indexOf('\n', at);
        int end = Math.min(lineEnd < 0 ? text.length() : lineEnd, at + 7);
        return text.substring(Math.max(text.lastIndexOf('\n', at) + 1, at - 6), end).strip();
    }

    /**
     * The bytes decoded, or empty when they are not valid in the charset. Unless they are the whole file, a
     * character cut by their end is not an error: the rest of it is simply past the prefix.
     */
    private static Optional<String> decodeStrictly(ByteBuffer bytes, Charset charset, boolean endOfInput) {
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = bytes.duplicate();
        CharBuffer out = CharBuffer.allocate((int) (in.remaining() * (double) decoder.maxCharsPerByte()) + 16);
        CoderResult result = decoder.decode(in, out, endOfInput);
        if (result.isUnderflow() && endOfInput) {
            result = decoder.flush(out);
        }
        return result.isUnderflow() ? Optional.of(out.flip().toString()) : Optional.empty();
    }

    private static TextDecoding given(String encoding, String fileName) {
        try {
            return new TextDecoding(Charset.forName(encoding.strip()), Messages.text("encoding.given"));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new InputRejectedException(List.of(Problem.ofFile(ProblemCode.FILE_UNREADABLE, fileName,
                    Messages.text("encoding.unknown", encoding))));
        }
    }

    private static TextDecoding detected(byte[] prefix, ByteBuffer body, boolean whole, String fileName) {
        if (hasUtf8Bom(prefix)) {
            return new TextDecoding(StandardCharsets.UTF_8, Messages.text("encoding.utf8-bom"));
        }
        if (hasUtf16Bom(prefix)) {
            // Excel's "Unicode 文本 (*.txt)": UTF-16LE with a byte-order mark, which Java's UTF-16 decoder reads and drops.
            return new TextDecoding(StandardCharsets.UTF_16, Messages.text("encoding.utf16-bom"));
        }
        if (decodeStrictly(body, StandardCharsets.UTF_8, whole).isPresent()) {
            return new TextDecoding(StandardCharsets.UTF_8, Messages.text("encoding.detected",
                    Messages.text(isAscii(body) ? "encoding.ascii" : "encoding.utf8")));
        }
        if (decodeStrictly(body, GB18030, whole).isPresent()) {
            return new TextDecoding(GB18030, Messages.text("encoding.detected", Messages.text("encoding.gb18030")));
        }
        throw wrongEncoding(fileName, Messages.text("encoding.neither", Math.min(prefix.length, PREFIX_BYTES) / 1024,
                Messages.text("encoding.resave")));
    }

    private String advice() {
        return Messages.text(reason.equals(Messages.text("encoding.given")) ? "encoding.check-given" : "encoding.resave");
    }

    private static boolean hasUtf8Bom(byte[] prefix) {
        return prefix.length >= 3 && (prefix[0] & 0xFF) == 0xEF && (prefix[1] & 0xFF) == 0xBB
                && (prefix[2] & 0xFF) == 0xBF;
    }

    private static boolean hasUtf16Bom(byte[] prefix) {
        int pair = prefix.length >= 2 ? (prefix[0] & 0xFF) << 8 | prefix[1] & 0xFF : 0;
        return pair == 0xFFFE || pair == 0xFEFF;
    }

    /** The offset of the first byte from {@code from} on that is not ASCII, or -1 when there is none. */
    private static long firstNonAscii(Path file, long from) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            in.skipNBytes(from);
            byte[] block = new byte[1 << 16];
            long offset = from;
            for (int n; (n = in.read(block)) > 0; offset += n) {
                for (int i = 0; i < n; i++) {
                    if (block[i] < 0) {
                        return offset + i;
                    }
                }
            }
            return -1;
        }
    }

    private static boolean isAscii(ByteBuffer body) {
        for (int i = body.position(); i < body.limit(); i++) {
            if (body.get(i) < 0) {
                return false;
            }
        }
        return true;
    }

    private static InputRejectedException wrongEncoding(String fileName, String message) {
        return new InputRejectedException(List.of(Problem.ofFile(ProblemCode.WRONG_ENCODING, fileName, message)));
    }

    /**
     * A way mojibake is made: bytes in one encoding read as another, the result saved again. A run of text it
     * explains turns back, re-encoded, into clean text in the original encoding.
     */
    enum Misreading {
        /** UTF-8 opened as GBK, the commonest: "地区代码" becomes "鍦板尯浠ｇ爜". */
        UTF8_READ_AS_GBK(StandardCharsets.UTF_8, 2, false),
        /** UTF-8 opened as Latin-1 or Windows-1252: "地区" becomes "åœ°åŒº"; a double-encoded "é" becomes "Ã©". */
        UTF8_READ_AS_LATIN1(StandardCharsets.UTF_8, 1, true),
        /** GBK opened as Latin-1 or Windows-1252: "地区代码" becomes "µØÇø´úÂë". */
        GBK_READ_AS_LATIN1(GB18030, 2, false);

        private final Charset original;
        private final int minMeaningful;
        private final boolean latinResultAllowed;

        Misreading(Charset original, int minMeaningful, boolean latinResultAllowed) {
            this.original = original;
            this.minMeaningful = minMeaningful;
            this.latinResultAllowed = latinResultAllowed;
        }

        static boolean anyExplains(String run) {
            for (Misreading misreading : values()) {
                if (misreading.explains(run)) {
                    return true;
                }
            }
            // Garbled twice, e.g. 氓聹掳 for 地: UTF-8 read as Latin-1, saved as UTF-8, then read as GBK.
            return UTF8_READ_AS_GBK.undone(run).filter(UTF8_READ_AS_LATIN1::explains).isPresent();
        }

        boolean explains(String run) {
            return undone(run).filter(this::isCleanText).isPresent();
        }

        /** The run re-encoded as this misreading decoded it, then decoded as it should have been, if it can be. */
        private Optional<String> undone(String run) {
            Optional<byte[]> bytes = this == UTF8_READ_AS_GBK ? Optional.of(run.getBytes(GB18030)) : latinBytes(run);
            return bytes.flatMap(b -> decodeStrictly(ByteBuffer.wrap(b), original, false));
        }

        /**
         * Clean: nothing but CJK text (or, for UTF-8 read as Latin-1, accented Latin), with enough characters that
         * a few genuine rare characters in a row do not pass by chance.
         */
        private boolean isCleanText(String text) {
            int meaningful = 0;
            for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
                int c = text.codePointAt(i);
                boolean han = Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
                boolean latin = latinResultAllowed && c >= 0xA0 && c <= 0xFF;
                boolean punctuation = c >= 0x2000 && c <= 0x206F || c >= 0x3000 && c <= 0x303F
                        || c >= 0xFF00 && c <= 0xFFEF;
                if (!(han || latin || punctuation)) {
                    return false;
                }
                meaningful += han || latin ? 1 : 0;
            }
            return meaningful >= minMeaningful;
        }

        /** The bytes a Latin-1 or Windows-1252 reading turned into this run, if it is all such characters. */
        private static Optional<byte[]> latinBytes(String run) {
            byte[] bytes = new byte[run.length()];
            for (int i = 0; i < run.length(); i++) {
                char c = run.charAt(i);
                if (c > 0xFF && !WINDOWS_1252.newEncoder().canEncode(c)) {
                    return Optional.empty();
                }
                bytes[i] = c <= 0xFF ? (byte) c : String.valueOf(c).getBytes(WINDOWS_1252)[0];
            }
            return Optional.of(bytes);
        }
    }
}
