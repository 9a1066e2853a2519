package org.lianggang.schedule;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

/**
 * Executions a crash left STARTED (or STOPPING) in the JobRepository. Spring Batch cannot tell a dead execution
 * from a live one; we can, because runs hold the run lock: while we hold it, nothing else runs, so every running
 * execution is a dead one. {@link JobOperator#recover} marks it FAILED, which makes its job instance restartable.
 */
@Component
class StaleExecutions {

    private static final Logger log = LoggerFactory.getLogger(StaleExecutions.class);

    private final JobRepository jobRepository;
    private final JobOperator jobOperator;

    StaleExecutions(JobRepository jobRepository, JobOperator jobOperator) {
        this.jobRepository = jobRepository;
        this.jobOperator = jobOperator;
    }

    /** Call only while holding the run lock. Returns the ids of the executions recovered. */
    List<Long> recover() {
        List<Long> recovered = new ArrayList<>();
        for (String job : jobRepository.getJobNames()) {
            for (JobExecution execution : jobRepository.findRunningJobExecutions(job)) {
                BatchStatus was = execution.getStatus();
                jobOperator.recover(execution);
                log.warn("step=recover execution={} job={} status_was={} started={}: left running by a crashed"
                                + " process; marked FAILED, the next run restarts it", execution.getId(), job,
                        was, execution.getStartTime());
                recovered.add(execution.getId());
            }
        }
        return recovered;
    }
}
