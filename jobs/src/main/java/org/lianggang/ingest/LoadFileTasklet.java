package org.lianggang.ingest;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

/**
 * The ingest step: loads the file named by the job parameters and records what it did on the execution: rows
 * read, rejected (as skips) and written for {@code lianggang jobs}, and the whole {@link LoadReport} (with the first
 * problems) for the summary.
 */
@Component
class LoadFileTasklet implements Tasklet {

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
        job.getExecutionContext().put(LoadReport.KEY, LoadReport.of(result).firstProblems(PROBLEMS_KEPT));
        return RepeatStatus.FINISHED;
    }
}
