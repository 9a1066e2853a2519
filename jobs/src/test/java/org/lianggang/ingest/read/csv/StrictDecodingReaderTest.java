package org.lianggang.ingest.read.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class StrictDecodingReaderTest {

    private static final Charset GB18030 = Charset.forName("GB18030");

    /** Two-, three- and four-byte characters land on every position of the 64 KiB buffer's boundaries. */
    @Test
    void charactersCutByTheBufferBoundaryAreJoined() throws IOException {
        String text = "地区𠮷㐂,12\n".repeat(40_000);
        for (Charset charset : new Charset[] {StandardCharsets.UTF_8, GB18030}) {
            byte[] bytes = text.getBytes(charset);
            assertThat(readAll(new StrictDecodingReader(new ByteArrayInputStream(bytes), charset, 0), 1000))
                    .as(charset.name()).isEqualTo(text);
        }
    }

    /** The text before the bad bytes is delivered first, so a CSV parser stops in the row that holds them. */
    @Test
    void badBytesFailTheReadAfterTheTextBeforeThemWithTheirOffset() throws IOException {
        byte[] good = "450202,城中区\n450204,".getBytes(StandardCharsets.UTF_8);
        byte[] gbk = "柳南区\n".getBytes(GB18030);
        byte[] all = Arrays.copyOf(good, good.length + gbk.length);
        System.arraycopy(gbk, 0, all, good.length, gbk.length);
        Reader reader = new StrictDecodingReader(new ByteArrayInputStream(all), StandardCharsets.UTF_8, 3);
        char[] buffer = new char[100];

        assertThat(new String(buffer, 0, reader.read(buffer, 0, 100))).isEqualTo("450202,城中区\n450204,");
        StrictDecodingReader.UndecodableBytes error = catchThrowableOfType(StrictDecodingReader.UndecodableBytes.class,
                () -> reader.read(buffer, 0, 100));
        assertThat(error.offset()).as("counted from the file's start, byte-order mark included")
                .isEqualTo(3 + good.length);
        assertThat(error).hasMessage("bytes at offset " + (3 + good.length) + " are not valid UTF-8");
    }

    private static String readAll(Reader reader, int chunk) throws IOException {
        StringBuilder out = new StringBuilder();
        char[] buffer = new char[chunk];
        for (int n; (n = reader.read(buffer, 0, chunk)) >= 0; ) {
            out.append(buffer, 0, n);
        }
        assertThat(reader.read(buffer, 0, chunk)).as("end stays the end").isEqualTo(-1);
        return out.toString();
    }
}
