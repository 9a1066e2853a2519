package org.lianggang.ingest;

import java.util.stream.Collectors;
import org.lianggang.ingest.problem.Problem;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

/**
 * The ingest step: loads the file named by the job parameters and records what it did on the execution: rows
 * read, rejected (as skips) and written, the first problems, and the rejects CSV, for the summary and for
 * {@code lianggang jobs}.
 */
@Component
class LoadFileTasklet implements Tasklet {

    static final String UNCHANGED = "unchanged";
    static final String PROBLEMS = "problems";
    static final String REJECTS_FILE = "rejects.file";
    static final int PROBLEMS_KEPT = 200;

    private final FileLoader loader;

    LoadFileTasklet(FileLoader loader) {
        this.loader = loader;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        StepExecution step = contribution.getStepExecution();
        JobExecution job = step.getJobExecution();
        LoadResult result = loader.load(IngestRequest.of(job.getJobParameters()), job.getId());
        step.setReadCount(result.rowsRead());
        step.setProcessSkipCount(result.rowsRejected());
        step.setWriteCount(result.recordsWritten());
        ExecutionContext context = job.getExecutionContext();
        context.putString(UNCHANGED, Boolean.toString(result.unchanged()));
        context.putString(PROBLEMS, result.problems().stream().limit(PROBLEMS_KEPT).map(Problem::toString)
                .collect(Collectors.joining("\n")));
        context.putString(REJECTS_FILE, result.rejectsFile() == null ? "" : result.rejectsFile().toString());
        return RepeatStatus.FINISHED;
    }
}
