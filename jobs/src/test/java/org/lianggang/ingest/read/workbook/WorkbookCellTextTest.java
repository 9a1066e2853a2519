package org.lianggang.ingest.read.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.junit.jupiter.api.Test;

class WorkbookCellTextTest {

    @Test
    void wholeNumbersAreWrittenAsTheGeneralPathWritesThem() {
        Random random = new Random(16);
        List<Double> values = new ArrayList<>(List.of(1.0, -1.0, 1e14, 999_999_999_999_999.0, -999_999_999_999_999.0,
                1e15, 1e16, 123_456_789_012_345.0, 4512.0, 0.5, -2.5, 1e-7, 12.000000000000002));
        for (int i = 0; i < 20_000; i++) {
            values.add((double) (random.nextLong() % 1_000_000_000_000_000L));
            values.add((double) random.nextInt(100_000));
            values.add(random.nextDouble() * Math.pow(10, random.nextInt(20)));
        }
        for (double value : values) {
            assertThat(WorkbookCellText.plain(value)).as("%s", value)
                    .isEqualTo(new BigDecimal(NumberToTextConverter.toText(value)).toPlainString());
        }
    }
}
