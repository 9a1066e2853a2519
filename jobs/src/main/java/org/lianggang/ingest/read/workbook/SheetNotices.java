package org.lianggang.ingest.read.workbook;

import org.lianggang.Messages;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.lianggang.ingest.problem.ProblemCode;
import org.lianggang.ingest.read.row.SheetNotice;

/**
 * The notices of one sheet, bounded: the first {@value #KEPT_PER_CODE} of each code are kept, the rest only counted
 * and summed up in one last notice, so a sheet of a million formula cells cannot fill the memory with problems.
 * Written by the reader's parser thread and read once the rows are read: access is synchronized.
 */
public final class SheetNotices {

    static final int KEPT_PER_CODE = 100;

    private final List<SheetNotice> kept = new ArrayList<>();
    private final Map<ProblemCode, Long> counts = new EnumMap<>(ProblemCode.class);

    public synchronized void add(SheetNotice notice) {
        if (notice.code() == ProblemCode.MERGED_FIGURE) {
            // Candidates the loader sorts out once the header is known; as many as the sheet's merged regions,
            // which the reader holds anyway. Bounding them here could drop the one that matters.
            kept.add(notice);
            return;
        }
        long count = counts.merge(notice.code(), 1L, Long::sum);
        if (count <= KEPT_PER_CODE) {
            kept.add(notice);
        }
    }

    public synchronized List<SheetNotice> list() {
        List<SheetNotice> all = new ArrayList<>(kept);
        counts.forEach((code, count) -> {
            if (count > KEPT_PER_CODE) {
                all.add(new SheetNotice(code, 0, -1, null, Messages.text("problem.more-notices", count - KEPT_PER_CODE)));
            }
        });
        return all;
    }
}
