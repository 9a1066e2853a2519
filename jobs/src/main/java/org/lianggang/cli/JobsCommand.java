package org.lianggang.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;
import org.lianggang.Messages;
import org.lianggang.schedule.JobHistory;
import org.lianggang.schedule.PipelineRuns;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code lianggang jobs [--limit N] [--purge-older-than 365d]}: the job history, or a purge of old history. */
@Component
@Scope("prototype")
@Command(name = "jobs")
class JobsCommand implements Callable<Integer>, HomeWrites {

    @Spec
    CommandSpec spec;

    /** Listing reads the JobRepository; a purge deletes from it. */
    @Override
    public boolean writesTo(java.nio.file.Path home) {
        return purgeOlderThan != null;
    }


    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final JobHistory history;
    private final PipelineRuns runs;

    @Option(names = "--limit", defaultValue = "20")
    int limit;

    @Option(names = "--purge-older-than", paramLabel = "AGE", converter = DurationConverter.class)
    Duration purgeOlderThan;

    @Mixin
    LockOptions lock;

    JobsCommand(JobHistory history, PipelineRuns runs) {
        this.history = history;
        this.runs = runs;
    }

    @Override
    public Integer call() {
        if (purgeOlderThan != null) {
            Instant cutoff = Instant.now().minus(purgeOlderThan);
            int purged = runs.exclusive("jobs --purge-older-than " + purgeOlderThan, lock.wait,
                    () -> history.purgeEndedBefore(cutoff));
            spec.commandLine().getOut().println(Messages.text("jobs.purged", purged, cutoff));
            return ExitCode.OK.code();
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(Messages.text("jobs.heading", (Object[]) Messages.text("jobs.columns").split("\\|")));
        for (JobHistory.Execution e : history.recent(limit)) {
            out.printf("%-6d %-8s %-10s %-19s %7.1fs %9d %9d %6d  %s%n", e.id(), e.job(), e.status(),
                    e.start() == null ? "" : TIME.format(e.start()), e.duration().toMillis() / 1000.0, e.read(),
                    e.written(), e.skipped(), e.parameters());
            if (!e.failure().isEmpty()) {
                out.printf("%56s  ↳ %s%n", "", e.failure());
            }
        }
        return ExitCode.OK.code();
    }
}
