package org.lianggang.ingest.read.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CellTextsTest {

    /** The cache keys a cell by words read across its bytes; a difference in any one byte must still tell. */
    @Test
    void cellsDifferingInAnyOneByteKeepTheirOwnText() throws Exception {
        CellTexts texts = new CellTexts(StandardCharsets.UTF_8);
        for (int length = 1; length <= 40; length++) {
            String base = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGH".substring(0, length);
            List<String> variants = new ArrayList<>(List.of(base));
            for (int at = 0; at < length; at++) {
                variants.add(base.substring(0, at) + "_" + base.substring(at + 1));
            }
            for (int round = 0; round < 2; round++) {
                for (String variant : variants) {
                    byte[] bytes = ("," + variant + ",").getBytes(StandardCharsets.UTF_8);
                    assertThat(texts.text(bytes, 1, bytes.length - 1, 0)).isEqualTo(variant);
                }
            }
        }
    }

    @Test
    void sameShortCellIsTheSameStringAndDecodedOnce() throws Exception {
        CellTexts texts = new CellTexts(TextDecoding.GB18030);
        byte[] first = "合计,城镇".getBytes(TextDecoding.GB18030);
        byte[] second = "x,合计".getBytes(TextDecoding.GB18030);
        String total = texts.text(first, 0, 4, 0);
        assertThat(total).isEqualTo("合计");
        assertThat(texts.text(second, 2, 6, 0)).isSameAs(total);
    }

    @Test
    void badBytesNameTheirOffsetInTheFile() {
        CellTexts texts = new CellTexts(StandardCharsets.UTF_8);
        byte[] gbk = "柳南区".getBytes(TextDecoding.GB18030);
        byte[] bytes = new byte[2 + gbk.length];
        bytes[0] = 'a';
        bytes[1] = 'b';
        System.arraycopy(gbk, 0, bytes, 2, gbk.length);
        StrictDecodingReader.UndecodableBytes error = catchThrowableOfType(StrictDecodingReader.UndecodableBytes.class,
                () -> texts.text(bytes, 0, bytes.length, 1000));
        assertThat(error.offset()).as("the cell starts at 1000, its GBK bytes two later").isEqualTo(1002);
    }
}
