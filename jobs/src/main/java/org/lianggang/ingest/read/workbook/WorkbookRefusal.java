package org.lianggang.ingest.read.workbook;

import java.util.List;
import org.lianggang.Messages;
import org.lianggang.ingest.problem.InputRejectedException;
import org.lianggang.ingest.problem.Problem;
import org.lianggang.ingest.problem.ProblemCode;

/** A workbook refused as {@code FILE_UNREADABLE}, worded once for the .xlsx and the .xls reader and their opener. */
public final class WorkbookRefusal {

    private WorkbookRefusal() {
    }

    public static InputRejectedException damaged(String fileName, Exception cause) {
        return unreadable(fileName, Messages.text("problem.workbook-damaged", cause.getMessage()));
    }

    public static InputRejectedException unreadable(String fileName, String message) {
        return new InputRejectedException(List.of(Problem.ofFile(ProblemCode.FILE_UNREADABLE, fileName, message)));
    }
}
