package org.lianggang.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.lianggang.catalog.Catalog;
import org.lianggang.catalog.SourceLayout;
import org.lianggang.lake.Lake;
import org.lianggang.lake.ManifestEntry;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * Ingests one file through the ingest job. A file the partition already holds is recognised by its SHA-256 and
 * not loaded again; a failed earlier attempt of the same file is restarted.
 */
@Component
public class IngestLauncher {

    private final Catalog catalog;
    private final Lake lake;
    private final JobOperator jobOperator;
    private final Job ingestJob;

    public IngestLauncher(Catalog catalog, Lake lake, JobOperator jobOperator, @Qualifier("ingestJob") Job ingestJob) {
        this.catalog = catalog;
        this.lake = lake;
        this.jobOperator = jobOperator;
        this.ingestJob = ingestJob;
    }

    public IngestOutcome ingest(Path file, String source, int year) {
        long started = System.nanoTime();
        SourceLayout layout = catalog.source(source).orElseThrow(() -> new IllegalArgumentException(
                "unknown source '" + source + "'; configured: " + catalog.sources().keySet()));
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no such file: " + file);
        }
        String sha256 = FileDigest.sha256(file);
        String previous = lake.current(layout.table().tableName(), source, year).map(ManifestEntry::sha256)
                .orElse(IngestRequest.NONE);
        String name = file.getFileName().toString();
        if (previous.equals(sha256)) {
            return new IngestOutcome(IngestOutcome.Status.UNCHANGED, name, source, year, 0, 0, List.of(), null,
                    Duration.ofNanos(System.nanoTime() - started));
        }
        IngestRequest request = new IngestRequest(file, source, year, sha256, previous);
        try {
            JobExecution execution = jobOperator.start(ingestJob, request.toJobParameters());
            return outcome(execution, name, source, year, Duration.ofNanos(System.nanoTime() - started));
        } catch (JobInstanceAlreadyCompleteException e) {
            return new IngestOutcome(IngestOutcome.Status.UNCHANGED, name, source, year, 0, 0, List.of(), null,
                    Duration.ofNanos(System.nanoTime() - started));
        } catch (Exception e) {
            return new IngestOutcome(IngestOutcome.Status.FAILED, name, source, year, 0, 0,
                    List.of(String.valueOf(e.getMessage())), null, Duration.ofNanos(System.nanoTime() - started));
        }
    }

    private static IngestOutcome outcome(JobExecution execution, String name, String source, int year,
                                         Duration took) {
        long read = execution.getStepExecutions().stream().mapToLong(StepExecution::getReadCount).sum();
        long written = execution.getStepExecutions().stream().mapToLong(StepExecution::getWriteCount).sum();
        if (execution.getStatus() == BatchStatus.COMPLETED) {
            boolean unchanged = Boolean.parseBoolean(execution.getExecutionContext()
                    .getString(LoadFileTasklet.UNCHANGED, "false"));
            String warnings = execution.getExecutionContext().getString(LoadFileTasklet.WARNINGS, "");
            return new IngestOutcome(unchanged ? IngestOutcome.Status.UNCHANGED : IngestOutcome.Status.LOADED,
                    name, source, year, read, written, lines(warnings), execution.getId(), took);
        }
        List<Throwable> failures = execution.getAllFailureExceptions();
        List<String> rejected = failures.stream().filter(InputRejectedException.class::isInstance)
                .flatMap(t -> ((InputRejectedException) t).problems().stream()).map(Problem::toString).toList();
        if (!rejected.isEmpty()) {
            return new IngestOutcome(IngestOutcome.Status.REJECTED, name, source, year, read, 0, rejected,
                    execution.getId(), took);
        }
        return new IngestOutcome(IngestOutcome.Status.FAILED, name, source, year, read, 0,
                failures.stream().map(t -> t.getClass().getSimpleName() + ": " + t.getMessage()).toList(),
                execution.getId(), took);
    }

    private static List<String> lines(String text) {
        return text.isEmpty() ? List.of() : Arrays.asList(text.split("\n"));
    }
}
