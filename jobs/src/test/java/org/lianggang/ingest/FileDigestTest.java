package org.lianggang.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileDigestTest {

    @TempDir
    Path dir;

    @Test
    void aDigestStartedEarlyIsTheFilesDigest() throws Exception {
        Path file = bigFile((byte) 'a');
        FileDigest.startEarly(List.of("--home", dir.toString(), "ingest", file.toString(), "--source", "health"));
        assertThat(FileDigest.sha256(file)).isEqualTo(expected(file));
    }

    /** The file is replaced after the early digest started (same size, new content and time): computed again. */
    @Test
    void aFileChangedSinceTheEarlyDigestIsDigestedAgain() throws Exception {
        Path file = bigFile((byte) 'a');
        FileDigest.startEarly(List.of("ingest", file.toString()));
        Files.write(file, filled((byte) 'b'));
        Files.setLastModifiedTime(file, FileTime.fromMillis(Files.getLastModifiedTime(file).toMillis() + 5_000));
        assertThat(FileDigest.sha256(file)).isEqualTo(expected(file));
    }

    @Test
    void otherCommandsStartNothingAndSmallFilesAreDigestedWhenAsked() throws Exception {
        Path small = dir.resolve("health-2019.csv");
        Files.writeString(small, "地区代码,活产数\n450202,2150\n");
        FileDigest.startEarly(List.of("build"));
        FileDigest.startEarly(List.of("ingest", small.toString(), "no-such-file.csv"));
        assertThat(FileDigest.sha256(small)).isEqualTo(expected(small));
    }

    private Path bigFile(byte fill) throws Exception {
        Path file = dir.resolve("national-2019.csv");
        Files.write(file, filled(fill));
        return file;
    }

    private static byte[] filled(byte fill) {
        byte[] bytes = new byte[(int) FileDigest.EARLY_MIN_BYTES + 1];
        Arrays.fill(bytes, fill);
        return bytes;
    }

    private static String expected(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
