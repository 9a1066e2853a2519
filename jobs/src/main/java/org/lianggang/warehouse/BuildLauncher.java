package org.lianggang.warehouse;

import java.util.List;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/** Runs the build job; every build is a new job instance, identified by its start time. */
@Component
public class BuildLauncher {

    private final JobOperator jobOperator;
    private final Job buildJob;

    public BuildLauncher(JobOperator jobOperator, @Qualifier("buildJob") Job buildJob) {
        this.jobOperator = jobOperator;
        this.buildJob = buildJob;
    }

    /** Returns the failure messages, empty when the warehouse was built and swapped in. */
    public List<String> build() {
        try {
            JobExecution execution = jobOperator.start(buildJob, new JobParametersBuilder()
                    .addLong("requested.at", System.currentTimeMillis()).toJobParameters());
            if (execution.getStatus() == BatchStatus.COMPLETED) {
                return List.of();
            }
            return execution.getAllFailureExceptions().stream().map(Throwable::getMessage).toList();
        } catch (Exception e) {
            return List.of(e.getMessage());
        }
    }
}
