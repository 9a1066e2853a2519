package org.lianggang.warehouse;

import java.util.List;
import org.lianggang.LianggangProperties;
import org.lianggang.NoSpaceLeft;
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
    private final LianggangProperties properties;
    private final WarehouseBuilder builder;

    public BuildLauncher(JobOperator jobOperator, @Qualifier("buildJob") Job buildJob,
                         LianggangProperties properties, WarehouseBuilder builder) {
        this.jobOperator = jobOperator;
        this.buildJob = buildJob;
        this.properties = properties;
        this.builder = builder;
    }

    /** Whether the warehouse in place was built from what a build would read now (see WarehouseBuilder). */
    public boolean upToDate() {
        return builder.upToDate();
    }

    /** Returns the failure messages, empty when the warehouse was built and swapped in. */
    public List<String> build() {
        try {
            JobExecution execution = jobOperator.start(buildJob, new JobParametersBuilder()
                    .addLong("requested.at", System.currentTimeMillis()).toJobParameters());
            if (execution.getStatus() == BatchStatus.COMPLETED) {
                return List.of();
            }
            return execution.getAllFailureExceptions().stream().map(this::message).toList();
        } catch (Exception e) {
            return List.of(message(e));
        }
    }

    /** The failure's message, or that the disk is full and where. */
    private String message(Throwable failure) {
        return NoSpaceLeft.describe(failure, properties.home()).orElse(String.valueOf(failure.getMessage()));
    }
}
