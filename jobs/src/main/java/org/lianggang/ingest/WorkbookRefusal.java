package org.lianggang.ingest;

import java.util.List;
import org.lianggang.Messages;

/** A workbook refused as {@code FILE_UNREADABLE}, worded once for the .xlsx and the .xls reader and their opener. */
final class WorkbookRefusal {

    private WorkbookRefusal() {
    }

    static InputRejectedException damaged(String fileName, Exception cause) {
        return unreadable(fileName, Messages.text("problem.workbook-damaged", cause.getMessage()));
    }

    static InputRejectedException unreadable(String fileName, String message) {
        return new InputRejectedException(List.of(Problem.ofFile(ProblemCode.FILE_UNREADABLE, fileName, message)));
    }
}
