package org.lianggang.ingest.read.csv;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The text of cells read as bytes, made cheaply. The same short cells (region codes, element codes, 合计, 女, 城镇,
 * years, age groups) fill most rows of an export, so a small direct-mapped cache keyed by the bytes hands back the
 * very same String for them: no allocation and no decoding, and the mapper's HashMap lookups then find the hash
 * already computed and the key identical. An ASCII cell skips the decoder, since only ASCII-compatible charsets are
 * read as bytes; any other cell is decoded strictly, so bad bytes are an error naming their offset in the file, as
 * {@link StrictDecodingReader} reports them.
 */
final class CellTexts {

    private static final int SLOTS = 4096;
    /** Longer cells are values or notes, rarely repeated; caching them would only evict the codes. */
    private static final int LONGEST_CACHED = 32;
    private static final int WORDS = LONGEST_CACHED / Long.BYTES;
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle INTS = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);

    private final CharsetDecoder decoder;
    /** Each slot's cell as {@value #WORDS} words ({@link #key}); with its length they are its bytes. */
    private final long[] keys = new long[SLOTS * WORDS];
    private final byte[] keyLengths = new byte[SLOTS];
    private final String[] texts = new String[SLOTS];
    private final long[] key = new long[WORDS];
    private CharBuffer chars = CharBuffer.allocate(256);

    CellTexts(Charset charset) {
        this.decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** The text of {@code bytes[from, to)}, which start at {@code fileOffset} in the file. */
    String text(byte[] bytes, int from, int to, long fileOffset) throws StrictDecodingReader.UndecodableBytes {
        int length = to - from;
        if (length == 0) {
            return "";
        }
        if (length > LONGEST_CACHED) {
            return decoded(bytes, from, to, fileOffset);
        }
        key(bytes, from, length);
        long hash = length;
        for (long word : key) {
            hash = hash * 0x9E3779B97F4A7C15L + word;
        }
        int slot = (int) (hash ^ hash >>> 29 ^ hash >>> 47) & (SLOTS - 1);
        int at = slot * WORDS;
        if (keyLengths[slot] == length && keys[at] == key[0] && keys[at + 1] == key[1] && keys[at + 2] == key[2]
                && keys[at + 3] == key[3]) {
            return texts[slot];
        }
        String text = decoded(bytes, from, to, fileOffset);
        System.arraycopy(key, 0, keys, at, WORDS);
        keyLengths[slot] = (byte) length;
        texts[slot] = text;
        return text;
    }

    /**
     * A cell's bytes as words, read a word at a time rather than compared and hashed byte by byte, which cost more
     * than all the rest of reading a file: the words at 0, 8, 16 and 24 bytes, each moved back to end at the cell's
     * end when the cell is shorter, so that together with the length they say exactly which bytes it holds.
     */
    private void key(byte[] bytes, int from, int length) {
        if (length >= Long.BYTES) {
            for (int i = 0; i < WORDS; i++) {
                key[i] = (long) LONGS.get(bytes, from + Math.min(i * Long.BYTES, length - Long.BYTES));
            }
            return;
        }
        long word = 0;
        if (length >= Integer.BYTES) {
            long last = (int) INTS.get(bytes, from + length - Integer.BYTES);
            word = (int) INTS.get(bytes, from) & 0xFFFFFFFFL | last << 32;
        } else {
            for (int i = from; i < from + length; i++) {
                word = word << 8 | bytes[i] & 0xFF;
            }
        }
        key[0] = word;
        key[1] = 0;
        key[2] = 0;
        key[3] = 0;
    }

    private String decoded(byte[] bytes, int from, int to, long fileOffset)
            throws StrictDecodingReader.UndecodableBytes {
        if (isAscii(bytes, from, to)) {
            return new String(bytes, from, to - from, StandardCharsets.ISO_8859_1);
        }
        Decoded decoded = decodeUpToError(bytes, from, to, fileOffset);
        if (decoded.badOffset() >= 0) {
            throw new StrictDecodingReader.UndecodableBytes(decoded.badOffset(), decoder.charset());
        }
        return decoded.text();
    }

    /**
     * The text of the bytes as far as they are valid, and the file offset of the first bad byte (or -1): the text a
     * strict decoding reader delivers before it fails.
     */
    Decoded decodeUpToError(byte[] bytes, int from, int to, long fileOffset) {
        int most = (int) Math.ceil((to - from) * (double) decoder.maxCharsPerByte()) + 2;
        if (chars.capacity() < most) {
            chars = CharBuffer.allocate(most);
        }
        ByteBuffer in = ByteBuffer.wrap(bytes, from, to - from);
        CoderResult result = decoder.reset().decode(in, chars.clear(), true);
        if (result.isUnderflow()) {
            result = decoder.flush(chars);
        }
        long badOffset = result.isError() ? fileOffset + in.position() - from : -1;
        return new Decoded(chars.flip().toString(), badOffset);
    }

    /** Whether the bytes begin with a character that is not valid text (the rest of them may be cut short). */
    boolean startsBadly(byte[] bytes, int from, int to) {
        Decoded decoded = decodeUpToError(bytes, from, to, 0);
        return decoded.badOffset() == 0;
    }

    private static boolean isAscii(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] < 0) {
                return false;
            }
        }
        return true;
    }

    /** Text decoded as far as it was valid; {@code badOffset} is the file offset where it stopped, or -1. */
    record Decoded(String text, long badOffset) {
    }
}
