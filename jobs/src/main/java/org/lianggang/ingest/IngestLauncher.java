package org.lianggang.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.lianggang.NoSpaceLeft;
import org.lianggang.catalog.Catalog;
import org.lianggang.catalog.SourceLayout;
import org.lianggang.ingest.problem.InputRejectedException;
import org.lianggang.ingest.problem.Problem;
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
 * Ingests one file through the ingest job, or checks it (dry run). A file is UNCHANGED only when it is the file
 * the partition holds now (its current manifest entry has the same SHA-256), never because the job history has
 * seen it before: whatever sequence of files is ingested, the partition holds the last one. A failed earlier
 * attempt of the same file on the same partition state is restarted.
 */
@Component
public class IngestLauncher {

    private final Catalog catalog;
    private final Lake lake;
    private final JobOperator jobOperator;
    private final Job ingestJob;
    private final FileLoader loader;
    private final EarlyDigests digests;

    public IngestLauncher(Catalog catalog, Lake lake, JobOperator jobOperator, @Qualifier("ingestJob") Job ingestJob,
                          FileLoader loader, EarlyDigests digests) {
        this.catalog = catalog;
        this.lake = lake;
        this.jobOperator = jobOperator;
        this.ingestJob = ingestJob;
        this.loader = loader;
        this.digests = digests;
    }

    public IngestOutcome ingest(Path file, String source, int year) {
        return ingest(file, source, year, null);
    }

    /**
     * Loads the file; {@code year} may be null when the file name states it (2019年妇幼卫生年报.xlsx), and the two
     * must agree when both are given. {@code encoding} overrides detection and the layout.
     */
    public IngestOutcome ingest(Path file, String source, Integer year, String encoding) {
        long started = System.nanoTime();
        SourceLayout layout = layout(source, file);
        String name = file.getFileName().toString();
        int loadYear;
        try {
            loadYear = LoadYear.resolve(name, year);
        } catch (InputRejectedException e) {
            return rejected(e, name, source, year, started);
        }
        String sha256 = digests.sha256(file);
        String table = layout.table().tableName();
        Optional<ManifestEntry> latest = lake.latest(table, source, loadYear);
        Optional<ManifestEntry> current = latest.filter(e -> !e.retracted());
        if (current.isPresent() && current.get().sha256().equals(sha256)) {
            return IngestOutcome.unchanged(name, source, loadYear, current.get(), since(started));
        }
        String previous = latest.map(ManifestEntry::state).orElse(IngestRequest.NONE);
        IngestRequest request = new IngestRequest(file, source, loadYear, sha256, previous, encoding);
        try {
            JobExecution execution = jobOperator.start(ingestJob, request.toJobParameters());
            return outcome(execution, name, source, loadYear, current.orElse(null), since(started));
        } catch (JobInstanceAlreadyCompleteException e) {
            // The instance names the partition's state, which every commit changes: a completed instance for the
            // state the partition is in now means the job history and the lake disagree (a repository shared by
            // two homes, a lake copied in). Loading nothing and saying UNCHANGED would hide it.
            return IngestOutcome.of(IngestOutcome.Status.FAILED, name, source, loadYear, List.of(
                    "作业历史中已有该文件在当前分区状态下完成的导入，但数据湖并未持有该文件：作业库与数据湖不一致"
                            + "（是否两个 home 共用了一个作业库？）· the job repository holds a completed load of this"
                            + " file for the partition's current state, but the lake does not hold it: "
                            + e.getMessage()), since(started));
        } catch (Exception e) {
            return IngestOutcome.of(IngestOutcome.Status.FAILED, name, source, loadYear,
                    List.of(NoSpaceLeft.describe(e, lake.root()).orElse(String.valueOf(e.getMessage()))),
                    since(started));
        }
    }

    /** Checks the file as a load would and lists every problem; writes nothing and starts no job. */
    public IngestOutcome check(Path file, String source, Integer year, String encoding) {
        long started = System.nanoTime();
        layout(source, file);
        String name = file.getFileName().toString();
        try {
            int loadYear = LoadYear.resolve(name, year);
            LoadReport report = LoadReport.of(loader.check(file, source, loadYear, encoding));
            return IngestOutcome.of(report.accepted() ? IngestOutcome.Status.CHECKED : IngestOutcome.Status.REJECTED,
                    name, source, loadYear, report, null, since(started), null);
        } catch (InputRejectedException e) {
            return rejected(e, name, source, year, started);
        }
    }

    private static IngestOutcome rejected(InputRejectedException e, String name, String source, Integer year,
                                          long started) {
        return IngestOutcome.of(IngestOutcome.Status.REJECTED, name, source, year == null ? 0 : year,
                e.problems().stream().map(Problem::toString).toList(), since(started));
    }

    private SourceLayout layout(String source, Path file) {
        SourceLayout layout = catalog.requireSource(source);
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no such file: " + file);
        }
        return layout;
    }

    private IngestOutcome outcome(JobExecution execution, String name, String source, int year,
                                  ManifestEntry replaced, Duration took) {
        if (execution.getStatus() == BatchStatus.COMPLETED) {
            LoadReport report = LoadReport.of(execution);
            return IngestOutcome.of(report.unchanged() ? IngestOutcome.Status.UNCHANGED : IngestOutcome.Status.LOADED,
                    name, source, year, report, execution.getId(), took, replaced);
        }
        long read = execution.getStepExecutions().stream().mapToLong(StepExecution::getReadCount).sum();
        List<Throwable> failures = execution.getAllFailureExceptions();
        for (Throwable failure : failures) {
            if (failure instanceof InputRejectedException rejectedInput) {
                List<String> problems = rejectedInput.problems().stream().map(Problem::toString).toList();
                // A file refused before its rows were all read (encoding, header, truncation) has no row counts.
                return new IngestOutcome(IngestOutcome.Status.REJECTED, name, source, year,
                        Math.max(0, rejectedInput.rowsRead()), Math.max(0, rejectedInput.rowsRejected()), 0,
                        problems, rejectedInput.rejectsFile() == null ? null
                        : rejectedInput.rejectsFile().toString(), execution.getId(), took, null);
            }
        }
        return new IngestOutcome(IngestOutcome.Status.FAILED, name, source, year, read, 0, 0,
                failures.stream().map(t -> NoSpaceLeft.describe(t, lake.root())
                        .orElse(t.getClass().getSimpleName() + ": " + t.getMessage())).toList(), null,
                execution.getId(), took, null);
    }

    private static Duration since(long started) {
        return Duration.ofNanos(System.nanoTime() - started);
    }
}
