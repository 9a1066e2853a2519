package org.lianggang.ingest;

import java.io.ObjectInputFilter;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.ExecutionContextSerializer;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.repository.dao.DefaultExecutionContextSerializer;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The ingest job: one execution per file, one step that streams the file into a staged partition and commits it.
 * The lake commit is idempotent, so a restart after a crash simply loads the file again.
 */
@Configuration
class IngestJobConfiguration {

    static final String JOB = "ingest";

    @Bean
    Job ingestJob(JobRepository jobRepository, Step loadFileStep) {
        return new JobBuilder(JOB, jobRepository).start(loadFileStep).build();
    }

    /**
     * The JobRepository's serializer as Spring Batch's default (Java serialization, so a repository written before
     * stays readable), whose filter refuses every class outside the JDK and Spring Batch: it also lets in the
     * {@link LoadReport} the load step leaves on the execution. Spring Boot's batch configuration takes this bean.
     */
    @Bean
    ExecutionContextSerializer executionContextSerializer() {
        DefaultExecutionContextSerializer serializer = new DefaultExecutionContextSerializer();
        serializer.setObjectInputFilter(ObjectInputFilter.Config.createFilter(LoadReport.class.getName() + ";"
                + DefaultExecutionContextSerializer.DEFAULT_FILTER_PATTERN));
        return serializer;
    }

    /**
     * The digests {@code main} started while Spring started are a bean it registers before the configuration is
     * read; a context started otherwise (a test's) has none, and computes each digest when asked.
     */
    @Bean
    @ConditionalOnMissingBean
    EarlyDigests earlyDigests() {
        return new EarlyDigests();
    }

    @Bean
    Step loadFileStep(JobRepository jobRepository, LoadFileTasklet tasklet) {
        return new StepBuilder("loadFile", jobRepository).tasklet(tasklet).build();
    }
}
