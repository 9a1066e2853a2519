package org.lianggang.ingest;

import java.io.Serializable;
import java.util.List;
import org.lianggang.ingest.problem.Problem;

/**
 * What a load or a dry run found, in the form that crosses the job's ExecutionContext: the load step stores it
 * whole under {@link #KEY} and {@link IngestLauncher} reads it back, and the dry run builds its outcome from the same
 * value. A record of JDK types only, so that Java serialization (the JobRepository's) reads it back field by field
 * on a later version of this class too; {@link IngestJobConfiguration#executionContextSerializer} lets it in.
 *
 * @param problems    the problems found, as {@code file:row:column: CODE message [cell]}
 * @param rejectsFile the rejects CSV, or null
 */
record LoadReport(boolean unchanged, boolean accepted, long rowsRead, long rowsRejected, long recordsWritten,
                  List<String> problems, String rejectsFile) implements Serializable {

    static final String KEY = "ingest.load-report";

    LoadReport {
        problems = List.copyOf(problems);
    }

    static LoadReport of(LoadResult result) {
        return new LoadReport(result.unchanged(), result.accepted(), result.rowsRead(), result.rowsRejected(),
                result.recordsWritten(), result.problems().stream().map(Problem::toString).toList(),
                result.rejectsFile() == null ? null : result.rejectsFile().toString());
    }

    /** The same report with only its first {@code kept} problems: the repository keeps a bounded context. */
    LoadReport firstProblems(int kept) {
        return new LoadReport(unchanged, accepted, rowsRead, rowsRejected, recordsWritten,
                problems.stream().limit(kept).toList(), rejectsFile);
    }
}
