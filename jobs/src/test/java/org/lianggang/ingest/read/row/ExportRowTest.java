package org.lianggang.ingest.read.row;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ExportRowTest {

    /** The shortcut that skips String.strip must strip exactly what strip does, for every UTF-16 unit. */
    @Test
    void cellStripsExactlyWhatStringStripDoes() {
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            for (String text : List.of(c + "合计", "110101" + c, String.valueOf(c), c + "1" + c)) {
                assertThat(new ExportRow(1, List.of(text)).cell(0)).as("U+%04X", (int) c).isEqualTo(text.strip());
            }
        }
    }

    @Test
    void aCellPastTheEndOfAShortRowIsEmpty() {
        assertThat(new ExportRow(7, List.of("450202")).cell(3)).isEmpty();
    }
}
