package org.lianggang.warehouse;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The build job: one step that rebuilds the warehouse from the lake, recorded in the JobRepository like any run. */
@Configuration
@EnableConfigurationProperties({WarehouseFileProperties.class, FlagProperties.class})
class BuildJobConfiguration {

    @Bean
    Job buildJob(JobRepository jobRepository, Step buildWarehouseStep) {
        return new JobBuilder("build", jobRepository).start(buildWarehouseStep).build();
    }

    @Bean
    Step buildWarehouseStep(JobRepository jobRepository, WarehouseBuilder builder) {
        return new StepBuilder("buildWarehouse", jobRepository).tasklet((contribution, context) -> {
            contribution.getStepExecution().setWriteCount(builder.build());
            return RepeatStatus.FINISHED;
        }).build();
    }
}
