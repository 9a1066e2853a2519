package org.lianggang.ingest;

import java.io.Serializable;
import java.util.List;
import java.util.function.ToLongFunction;
import org.lianggang.ingest.problem.Problem;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

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

    /**
     * The report the load step left on a completed execution. One whose step completed under an earlier version
     * (its job cut short after the step and restarted under this one, which does not run the step again) has the
     * three strings that came before this record, and the step's counts.
     */
    static LoadReport of(JobExecution execution) {
        ExecutionContext context = execution.getExecutionContext();
        LoadReport report = context.get(KEY, LoadReport.class);
        if (report != null) {
            return report;
        }
        String problems = context.getString("problems", "");
        String rejects = context.getString("rejects.file", "");
        return new LoadReport(Boolean.parseBoolean(context.getString("unchanged", "false")), true,
                sum(execution, StepExecution::getReadCount), sum(execution, StepExecution::getProcessSkipCount),
                sum(execution, StepExecution::getWriteCount),
                problems.isEmpty() ? List.of() : List.of(problems.split("\n")), rejects.isEmpty() ? null : rejects);
    }

    private static long sum(JobExecution execution, ToLongFunction<StepExecution> count) {
        return execution.getStepExecutions().stream().mapToLong(count).sum();
    }

    /** The same report with only its first {@code kept} problems: the repository keeps a bounded context. */
    LoadReport firstProblems(int kept) {
        return new LoadReport(unchanged, accepted, rowsRead, rowsRejected, recordsWritten,
                problems.stream().limit(kept).toList(), rejectsFile);
    }
}
