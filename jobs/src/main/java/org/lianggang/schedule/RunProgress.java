package org.lianggang.schedule;

import java.io.PrintWriter;
import org.lianggang.ingest.IngestOutcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reports a run file by file. On a terminal a person watches: one readable line per file with rows/s. Under cron,
 * systemd or CI a log is read later: one structured {@code key=value} line per step (the log file gets those in
 * both cases).
 */
final class RunProgress {

    private static final Logger log = LoggerFactory.getLogger(RunProgress.class);

    private final PrintWriter terminal;

    private RunProgress(PrintWriter terminal) {
        this.terminal = terminal;
    }

    /** Human lines on {@code out} (the command's standard output) when it is a terminal, log lines only otherwise. */
    static RunProgress detect(PrintWriter out) {
        return new RunProgress(System.console() != null ? out : null);
    }

    void file(int index, int total, IngestOutcome o) {
        double seconds = Math.max(o.took().toMillis(), 1) / 1000.0;
        long rowsPerSecond = Math.round(o.rowsRead() / seconds);
        log.info("step=ingest file={} source={} year={} status={} rows_read={} rows_rejected={} values_written={}"
                        + " rows_per_s={} took_ms={} execution={} before={}", o.file(), o.source(), o.year(),
                o.status(), o.rowsRead(), o.rowsRejected(), o.recordsWritten(), rowsPerSecond, o.took().toMillis(),
                o.jobExecutionId(), o.before() == null ? "none" : o.before().sequence() + ":" + o.before().sha256());
        o.problems().stream().limit(1).filter(p -> o.status() == IngestOutcome.Status.REJECTED)
                .forEach(p -> log.info("step=ingest file={} problem=\"{}\"", o.file(), p));
        if (terminal != null) {
            terminal.printf("[%d/%d] %-9s %s/%d %s  %,d rows  %,d rows/s  %.1f s%n", index, total, o.status(),
                    o.source(), o.year(), o.file(), o.rowsRead(), rowsPerSecond, seconds);
        }
    }

    void skipped(int index, int total, InboxFile file, String why) {
        log.info("step=ingest file={} source={} year={} status=SKIPPED reason=\"{}\"", file.name(), file.source(),
                file.year(), why);
        if (terminal != null) {
            terminal.printf("[%d/%d] SKIPPED   %s/%d %s  %s%n", index, total, file.source(), file.year(),
                    file.name(), why);
        }
    }

    void arriving(String fileAndWhy) {
        log.info("step=settle status=ARRIVING file=\"{}\"", fileAndWhy);
        if (terminal != null) {
            terminal.printf("ARRIVING  %s%n", fileAndWhy);
        }
    }

    void step(String step, long tookMillis, String result) {
        log.info("step={} result=\"{}\" took_ms={}", step, result, tookMillis);
        if (terminal != null) {
            terminal.printf("%s: %s (%.1f s)%n", step, result, tookMillis / 1000.0);
        }
    }
}
