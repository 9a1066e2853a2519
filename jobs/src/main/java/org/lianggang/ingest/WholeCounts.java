package org.lianggang.ingest;

import org.lianggang.Messages;
import org.lianggang.catalog.DataElement;

/** The refusal of a count that is not a whole number, worded once for the wide and the long layouts. */
final class WholeCounts {

    private WholeCounts() {
    }

    static Problem fractional(String file, long row, String column, String text, double value, DataElement element) {
        return new Problem(ProblemCode.FRACTIONAL_COUNT, file, row, column, text, Messages.text(
                "problem.fractional-count", element.name(), element.unit(), Figures.plain(value), element.code()));
    }
}
