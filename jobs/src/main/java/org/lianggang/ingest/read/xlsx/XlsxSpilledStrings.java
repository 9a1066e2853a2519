package org.lianggang.ingest.read.xlsx;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * The texts of a shared strings table too large to hold as Strings: appended in UTF-8 to a temporary file, with only
 * their offsets (4 bytes a text) and a small cache of the last looked-up texts in memory. The file is deleted as
 * soon as it is read back (it lives on while open), so nothing is left behind however the read ends.
 */
final class XlsxSpilledStrings implements Closeable {

    private static final int CACHED = 4096;

    private final Path file;
    private OutputStream out;
    private FileChannel channel;
    private int[] offsets = new int[1 << 16];
    private int count;
    private long written;
    private final String[] cache = new String[CACHED];
    private final int[] cachedIndex = new int[CACHED];

    XlsxSpilledStrings() throws IOException {
        file = Files.createTempFile("lianggang-shared-strings", ".txt");
        out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
        Arrays.fill(cachedIndex, -1);
    }

    void add(String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (written + bytes.length > Integer.MAX_VALUE) {
            throw new IOException("the shared strings table holds more than 2 GB of text");
        }
        if (count + 1 >= offsets.length) {
            offsets = Arrays.copyOf(offsets, offsets.length * 2);
        }
        out.write(bytes);
        written += bytes.length;
        offsets[++count] = (int) written;
    }

    int size() {
        return count;
    }

    /** Ends the writing: from now on the texts are read back from the (already deleted) file. */
    void finish() throws IOException {
        out.close();
        out = null;
        channel = FileChannel.open(file, StandardOpenOption.READ);
        Files.delete(file);
    }

    String get(int index) {
        int slot = index & (CACHED - 1);
        if (cachedIndex[slot] == index) {
            return cache[slot];
        }
        ByteBuffer bytes = ByteBuffer.allocate(offsets[index + 1] - offsets[index]);
        try {
            while (bytes.hasRemaining()) {
                if (channel.read(bytes, offsets[index] + (long) bytes.position()) < 0) {
                    throw new IOException("the shared strings file ended early");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String text = new String(bytes.array(), StandardCharsets.UTF_8);
        cache[slot] = text;
        cachedIndex[slot] = index;
        return text;
    }

    @Override
    public void close() throws IOException {
        if (out != null) {
            out.close();
        }
        if (channel != null) {
            channel.close();
        }
        Files.deleteIfExists(file);
    }
}
