package org.lianggang.schedule;

import org.lianggang.Messages;
import java.nio.file.Files;
import java.nio.file.Path;
import org.lianggang.ingest.FileDigest;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.stereotype.Component;

/**
 * {@code lianggang restart ID}: restarts a failed or stopped execution as the same job instance. Run it under the
 * run lock, which first recovers an execution a crash left STARTED, so that it too can be restarted.
 */
@Component
public class JobRestart {

    private final JobRepository jobRepository;
    private final JobOperator jobOperator;

    JobRestart(JobRepository jobRepository, JobOperator jobOperator) {
        this.jobRepository = jobRepository;
        this.jobOperator = jobOperator;
    }

    public JobExecution restart(long id) {
        JobExecution execution;
        try {
            execution = jobRepository.getJobExecution(id);
        } catch (EmptyResultDataAccessException e) {
            execution = null;
        }
        if (execution == null) {
            throw new IllegalArgumentException(Messages.pick("没有作业执行 " + id + "（`lianggang jobs` 列出全部）",
                    "no job execution " + id + "; `lianggang jobs` lists them"));
        }
        if (execution.getStatus() == BatchStatus.COMPLETED || execution.getStatus() == BatchStatus.ABANDONED) {
            throw new IllegalArgumentException(Messages.pick("执行 " + id + " 的状态为 " + execution.getStatus()
                    + "，无需重启", "execution " + id + " is " + execution.getStatus() + "; nothing to restart"));
        }
        checkInputUnchanged(execution);
        try {
            return jobOperator.restart(execution);
        } catch (Exception e) {
            throw new IllegalStateException(Messages.pick("无法重启执行 " + id + "：", "cannot restart execution " + id
                    + ": ") + e.getMessage(), e);
        }
    }

    /** An ingest is identified by its file's SHA-256: restarting it over a changed file would load other data. */
    private static void checkInputUnchanged(JobExecution execution) {
        JobParameters parameters = execution.getJobParameters();
        String file = parameters.getString("file");
        String sha256 = parameters.getString("sha256");
        if (file == null || sha256 == null) {
            return;
        }
        Path path = Path.of(file);
        if (!Files.isRegularFile(path)) {
            throw new IllegalArgumentException(Messages.pick("执行 " + execution.getId() + " 导入的文件 " + file
                    + " 已不存在；请放回该文件，或运行 `lianggang nightly`", "execution " + execution.getId() + " loaded "
                    + file + ", which is gone; put it back, or run `lianggang nightly`"));
        }
        if (!FileDigest.sha256(path).equals(sha256)) {
            throw new IllegalArgumentException(Messages.pick(file + " 在执行 " + execution.getId()
                    + " 之后已更改；请用 `lianggang ingest` 或 `lianggang nightly` 导入新内容", file + " changed since execution "
                    + execution.getId() + "; load the new content with `lianggang ingest` or `lianggang nightly`"));
        }
    }
}
