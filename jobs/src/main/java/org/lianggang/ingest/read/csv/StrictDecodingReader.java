package org.lianggang.ingest.read.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

/**
 * Decodes a text export strictly, as it streams: bytes that are not valid in the charset are an error, never a
 * silent U+FFFD. {@link TextDecoding} chooses the charset from the first MiB only, so a GBK row pasted into a UTF-8
 * file further down would otherwise be loaded as garbage. Unlike {@link java.io.InputStreamReader}, which drops the
 * characters decoded in the same call, the text before the bad bytes is delivered first and the error raised on the
 * next read, so the CSV parser stops in the very row that holds them.
 */
final class StrictDecodingReader extends Reader {

    /** Bytes at {@code offset} (from the start of the file) are not valid text in the charset. */
    static final class UndecodableBytes extends IOException {

        private final long offset;

        UndecodableBytes(long offset, Charset charset) {
            super("bytes at offset " + offset + " are not valid " + charset.name());
            this.offset = offset;
        }

        long offset() {
            return offset;
        }
    }

    private final InputStream in;
    private final CharsetDecoder decoder;
    private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16).flip();
    private long consumed;
    private boolean endOfInput;
    private boolean flushed;
    private UndecodableBytes pending;

    /** @param skipped bytes already consumed from the file before {@code in} starts (a byte-order mark) */
    StrictDecodingReader(InputStream in, Charset charset, long skipped) {
        this.in = in;
        this.decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        this.consumed = skipped;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (pending != null) {
            throw pending;
        }
        if (flushed) {
            return -1;
        }
        if (length == 0) {
            return 0;
        }
        CharBuffer out = CharBuffer.wrap(buffer, offset, length);
        while (out.position() == offset) {
            CoderResult result = decoder.decode(bytes, out, endOfInput);
            if (result.isError()) {
                pending = new UndecodableBytes(consumed - bytes.remaining(), decoder.charset());
                break;
            }
            if (result.isOverflow()) {
                break;
            }
            if (endOfInput) {
                // Single-byte and GB18030/UTF-8 decoders keep no state to flush, so flush cannot overflow here.
                decoder.flush(out);
                flushed = true;
                if (out.position() == offset) {
                    return -1;
                }
                break;
            }
            refill();
        }
        int read = out.position() - offset;
        if (read == 0 && pending != null) {
            throw pending;
        }
        return read;
    }

    private void refill() throws IOException {
        bytes.compact();
        int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (n < 0) {
            endOfInput = true;
        } else {
            bytes.position(bytes.position() + n);
            consumed += n;
        }
        bytes.flip();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
