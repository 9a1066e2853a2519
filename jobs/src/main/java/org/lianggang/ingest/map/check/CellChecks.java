package org.lianggang.ingest.map.check;

import org.lianggang.Messages;
import org.lianggang.catalog.DataElement;
import org.lianggang.ingest.map.value.Figures;
import org.lianggang.ingest.map.value.ParsedCell;
import org.lianggang.ingest.problem.Problem;
import org.lianggang.ingest.problem.ProblemCode;

/**
 * The checks of a value cell against its data element, made alike in the wide and the long layout, in this order:
 * its written unit fits, it is a number (or a missing value), the lake can hold it, a count is not negative, a count
 * of whole things is whole, and it lies in the element's declared range. A cell fails at most one: the first.
 */
public final class CellChecks {

    private CellChecks() {
    }

    /**
     * The problem of a parsed cell, or null when it passes every check.
     *
     * @param column the column's header, as the problem names it
     * @param text   the cell as written
     */
    public static Problem problem(ParsedCell cell, DataElement element, String file, long row, String column, String text) {
        if (cell.unitMismatch()) {
            return new Problem(ProblemCode.UNIT_MISMATCH, file, row, column, text, cell.unitProblem());
        }
        if (!cell.numeric()) {
            return new Problem(ProblemCode.NOT_A_NUMBER, file, row, column, text,
                    Messages.text("problem.not-a-number"));
        }
        Double value = cell.value();
        if (value == null) {
            return null;
        }
        if (!DataElement.holdable(value)) {
            return new Problem(ProblemCode.OUT_OF_RANGE, file, row, column, text,
                    Messages.text("problem.not-holdable"));
        }
        if (value < 0 && element.additive()) {
            return new Problem(ProblemCode.NEGATIVE_COUNT, file, row, column, text,
                    Messages.text("problem.negative-count"));
        }
        if (!element.wholeEnough(value)) {
            return new Problem(ProblemCode.FRACTIONAL_COUNT, file, row, column, text, Messages.text(
                    "problem.fractional-count", element.name(), element.unit(), Figures.plain(value), element.code()));
        }
        if (!element.inRange(value)) {
            return new Problem(ProblemCode.OUT_OF_RANGE, file, row, column, text, Messages.text("problem.out-of-range",
                    Figures.plain(value), element.unit(), element.code(), Figures.plain(element.range().get(0)),
                    Figures.plain(element.range().get(1))));
        }
        return null;
    }
}
