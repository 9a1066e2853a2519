package org.lianggang.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A digest started early is taken when it still describes the file, and computed again otherwise. */
class EarlyDigestsTest {

    private final EarlyDigests digests = new EarlyDigests();

    @TempDir
    Path dir;

    @Test
    void aDigestStartedEarlyIsTheFilesDigest() throws Exception {
        Path file = bigFile((byte) 'a');
        digests.start(file);
        assertThat(digests.sha256(file)).isEqualTo(expected(file));
    }

    /** The file is replaced after the early digest started (same size, new content and time): computed again. */
    @Test
    void aFileChangedSinceTheEarlyDigestIsDigestedAgain() throws Exception {
        Path file = bigFile((byte) 'a');
        digests.start(file);
        Files.write(file, filled((byte) 'b'));
        Files.setLastModifiedTime(file, FileTime.fromMillis(Files.getLastModifiedTime(file).toMillis() + 5_000));
        assertThat(digests.sha256(file)).isEqualTo(expected(file));
    }

    /** Which file is started is the command line's parse ({@code CommandLineFirstTest}); here, any file. */
    @Test
    void smallAndMissingFilesStartNothingAndAreDigestedWhenAsked() throws Exception {
        Path small = dir.resolve("health-2019.csv");
        Files.writeString(small, "地区代码,活产数\n450202,2150\n");
        digests.start(small);
        digests.start(dir.resolve("no-such-file.csv"));
        assertThat(digests.sha256(small)).isEqualTo(expected(small));
    }

    private Path bigFile(byte fill) throws Exception {
        Path file = dir.resolve("national-2019.csv");
        Files.write(file, filled(fill));
        return file;
    }

    private static byte[] filled(byte fill) {
        byte[] bytes = new byte[(int) EarlyDigests.EARLY_MIN_BYTES + 1];
        Arrays.fill(bytes, fill);
        return bytes;
    }

    private static String expected(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
