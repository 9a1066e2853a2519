package org.lianggang.ingest;

import java.util.stream.Collectors;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

/** The ingest step: loads the file named by the job parameters and records what it did on the execution. */
@Component
class LoadFileTasklet implements Tasklet {

    static final String UNCHANGED = "unchanged";
    static final String WARNINGS = "warnings";

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
        step.setWriteCount(result.rowsWritten());
        job.getExecutionContext().putString(UNCHANGED, Boolean.toString(result.unchanged()));
        job.getExecutionContext().putString(WARNINGS, result.warnings().stream().map(Problem::toString)
                .collect(Collectors.joining("\n")));
        return RepeatStatus.FINISHED;
    }
}
