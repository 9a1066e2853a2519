package org.lianggang.ingest.problem;

import java.nio.file.Path;
import java.util.List;

/**
 * An input file was refused; nothing of it was written. Carries every problem found, the rejects CSV, and the rows
 * read and rejected when the whole file was read (-1 when it was refused before or while reading its rows).
 */
public class InputRejectedException extends RuntimeException {

    private final List<Problem> problems;
    private final transient Path rejectsFile;
    private final long rowsRead;
    private final long rowsRejected;

    public InputRejectedException(List<Problem> problems) {
        this(problems, null, -1, -1);
    }

    public InputRejectedException(List<Problem> problems, Path rejectsFile, long rowsRead, long rowsRejected) {
        super(problems.size() + " problem(s), first: " + problems.stream().filter(p -> !p.code().warning())
                .findFirst().orElse(problems.get(0)));
        this.problems = List.copyOf(problems);
        this.rejectsFile = rejectsFile;
        this.rowsRead = rowsRead;
        this.rowsRejected = rowsRejected;
    }

    /** Data rows read, or -1 when the file was refused before its rows were all read. */
    public long rowsRead() {
        return rowsRead;
    }

    /** Data rows rejected, or -1 when the file was refused before its rows were all read. */
    public long rowsRejected() {
        return rowsRejected;
    }

    public List<Problem> problems() {
        return problems;
    }

    public Path rejectsFile() {
        return rejectsFile;
    }
}
