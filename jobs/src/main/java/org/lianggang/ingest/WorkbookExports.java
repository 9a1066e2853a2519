package org.lianggang.ingest;

import java.nio.file.Path;
import java.util.List;

/** Opens an Excel workbook export (.xlsx, .xls) on the named sheet, or the first one. */
final class WorkbookExports {

    private WorkbookExports() {
    }

    static TabularFile open(Path file, String sheet) {
        throw new InputRejectedException(List.of(Problem.ofFile(ProblemCode.FILE_UNREADABLE,
                file.getFileName().toString(), "Excel workbooks are not supported yet; save the sheet as CSV")));
    }
}
