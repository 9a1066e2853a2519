package org.lianggang.ingest.read.row;

import java.util.List;
import org.apache.poi.ss.util.CellReference;
import org.lianggang.ingest.problem.Problem;
import org.lianggang.ingest.problem.ProblemCode;

/**
 * Something a workbook reader saw that the rows it hands on do not show: a hidden row or column it left out, a
 * formula without a result. Row is 1-based (0 for a whole column), column 0-based (-1 for a whole row); the column is
 * named by its header once the header is known, else by its letter.
 */
public record SheetNotice(ProblemCode code, long row, int column, String cellText, String message) {

    public Problem problem(String fileName, List<String> header) {
        return new Problem(code, fileName, row, columnName(header), cellText, message);
    }

    private String columnName(List<String> header) {
        if (column < 0) {
            return "";
        }
        String letter = CellReference.convertNumToColString(column);
        String name = column < header.size() ? header.get(column).strip() : "";
        return name.isEmpty() ? letter : name + "（" + letter + "列）";
    }
}
