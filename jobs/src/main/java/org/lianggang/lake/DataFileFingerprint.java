package org.lianggang.lake;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.zip.CRC32C;

/**
 * What a lake data file was when its manifest entry committed it: its size in bytes and the CRC32C of its bytes.
 * CRC32C rather than SHA-256: the aim is to notice a file changed in place (an overwrite, a truncation, a disk
 * error), not to resist a forger who could rewrite the manifest as well, and CRC32C runs at memory speed on every
 * current CPU (a 10-million-value file in well under a second), so the build can check every file every time.
 *
 * @param size   bytes, or -1 if not recorded (entries committed before fingerprints existed)
 * @param crc32c the CRC32C of the file's bytes, or -1 if not recorded
 */
public record DataFileFingerprint(long size, long crc32c) {

    /** An entry from before fingerprints were recorded, or a retraction: nothing to compare. */
    public static final DataFileFingerprint NOT_RECORDED = new DataFileFingerprint(-1, -1);

    private static final int BUFFER = 1 << 20;

    /** Reads the whole file once. */
    public static DataFileFingerprint of(Path file) throws IOException {
        CRC32C crc = new CRC32C();
        long size = 0;
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer buffer = ByteBuffer.allocateDirect(BUFFER);
            while (channel.read(buffer) >= 0) {
                buffer.flip();
                size += buffer.remaining();
                crc.update(buffer);
                buffer.clear();
            }
        }
        return new DataFileFingerprint(size, crc.getValue());
    }

    public boolean recorded() {
        return size >= 0;
    }

    public String crc32cHex() {
        return String.format("%08x", crc32c);
    }
}
