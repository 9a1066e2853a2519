package org.lianggang.schedule;

import java.time.Duration;
import java.util.List;
import org.lianggang.Messages;
import org.lianggang.ingest.IngestOutcome;

/**
 * What a nightly run did: how many files the inbox held, one outcome per file (one per conflicting source and year), the files passed over
 * because they were retracted, those left for the next run because they were still being written, and the
 * failures of the build and of the after-build steps, and what became of the build ({@link Build}).
 */
public record NightlySummary(int inboxFiles, List<IngestOutcome> files, List<String> retracted, List<String> arriving,
                             List<String> buildFailures, List<String> afterBuildFailures, Build build,
                             Duration took) {

    /** What became of the build. */
    public enum Build {
        /** Built (or failed: see buildFailures). */
        RUN,
        /** Nothing the build reads changed since the warehouse in place was built: it stays, unbuilt again. */
        UP_TO_DATE,
        /** The run only ingested (the benchmark's {@code demo --no-build}): no build, no after-build steps. */
        NOT_RUN
    }

    public NightlySummary {
        files = List.copyOf(files);
        retracted = List.copyOf(retracted);
        arriving = List.copyOf(arriving);
        buildFailures = List.copyOf(buildFailures);
        afterBuildFailures = List.copyOf(afterBuildFailures);
    }

    public long count(IngestOutcome.Status status) {
        return files.stream().filter(f -> f.status() == status).count();
    }

    /** A file, the build or an after-build step failed: the run needs attention (exit code 1). */
    public boolean failed() {
        return count(IngestOutcome.Status.FAILED) > 0 || !buildFailures.isEmpty() || !afterBuildFailures.isEmpty();
    }

    /** Some file was refused for its content (exit code 3 unless something also failed). */
    public boolean rejected() {
        return count(IngestOutcome.Status.REJECTED) > 0;
    }

    public String line() {
        return Messages.text("nightly.line", inboxFiles,
                count(IngestOutcome.Status.LOADED), count(IngestOutcome.Status.UNCHANGED),
                count(IngestOutcome.Status.REJECTED), count(IngestOutcome.Status.FAILED), retracted.size(),
                arriving.isEmpty() ? "" : Messages.text("nightly.arriving", arriving.size()),
                Messages.text(switch (build) {
                    case NOT_RUN -> "nightly.build-skipped";
                    case UP_TO_DATE -> "nightly.build-up-to-date";
                    case RUN -> buildFailures.isEmpty() ? "nightly.build-ok" : "nightly.build-failed";
                }), took.toMillis() / 1000.0);
    }
}
