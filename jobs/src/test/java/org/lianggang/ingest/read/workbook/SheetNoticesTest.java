package org.lianggang.ingest.read.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lianggang.ingest.problem.ProblemCode;
import org.lianggang.ingest.read.row.SheetNotice;

class SheetNoticesTest {

    @Test
    void theFirstHundredOfACodeAreKeptAndTheRestCountedInOneLastNotice() {
        SheetNotices notices = new SheetNotices();
        for (int row = 1; row <= 250; row++) {
            notices.add(new SheetNotice(ProblemCode.FORMULA_NOT_CALCULATED, row, 3, "=B1", "no result"));
        }
        notices.add(new SheetNotice(ProblemCode.HIDDEN_ROW, 7, -1, "x", "hidden"));

        List<SheetNotice> listed = notices.list();

        assertThat(listed).hasSize(SheetNotices.KEPT_PER_CODE + 2);
        assertThat(listed).filteredOn(n -> n.code() == ProblemCode.FORMULA_NOT_CALCULATED && n.row() > 0)
                .extracting(SheetNotice::row).startsWith(1L, 2L).endsWith(100L);
        assertThat(listed).last().extracting(n -> n.problem("f.xlsx", List.of()).toString())
                .isEqualTo("f.xlsx:0:: FORMULA_NOT_CALCULATED 另有 150 处同类问题未逐一列出");
    }
}
