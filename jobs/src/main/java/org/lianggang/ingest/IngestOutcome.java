package org.lianggang.ingest;

import java.time.Duration;
import java.util.List;
import org.lianggang.Messages;
import org.lianggang.lake.ManifestEntry;

/**
 * What happened to one file: the one-screen summary the operator reads (the command line maps its status to an
 * exit code).
 *
 * @param rowsRead       data rows read (header, title, totals and note rows not counted)
 * @param rowsRejected   data rows refused (they are in the rejects CSV)
 * @param recordsWritten lake records written (one per value cell for department exports)
 * @param problems       the problems found, as {@code file:row:column: CODE message [cell]} (the first ones)
 * @param rejectsFile    the rejects CSV, or null
 * @param before         the load the partition held before: for LOADED the one replaced, for UNCHANGED the one it
 *                       still holds (the same file); null if the partition was empty or nothing was decided
 */
public record IngestOutcome(Status status, String file, String source, int year, long rowsRead, long rowsRejected,
                            long recordsWritten, List<String> problems, String rejectsFile, Long jobExecutionId,
                            Duration took, ManifestEntry before) {

    /** The fate of a file. CHECKED is a dry run that found nothing to refuse. */
    public enum Status {
        LOADED, UNCHANGED, CHECKED, REJECTED, FAILED
    }

    public IngestOutcome {
        problems = List.copyOf(problems);
    }

    static IngestOutcome of(Status status, String file, String source, int year, List<String> problems,
                            Duration took) {
        return new IngestOutcome(status, file, source, year, 0, 0, 0, problems, null, null, took, null);
    }

    /** What a load or a dry run found, as its outcome: a load and a dry run report through this one path. */
    static IngestOutcome of(Status status, String file, String source, int year, LoadReport report,
                            Long jobExecutionId, Duration took, ManifestEntry before) {
        return new IngestOutcome(status, file, source, year, report.rowsRead(), report.rowsRejected(),
                report.recordsWritten(), report.problems(), report.rejectsFile(), jobExecutionId, took, before);
    }

    /** The partition's current file is this very file: nothing to do. */
    static IngestOutcome unchanged(String file, String source, int year, ManifestEntry current, Duration took) {
        return new IngestOutcome(Status.UNCHANGED, file, source, year, 0, 0, 0, List.of(), null, null, took, current);
    }

    public String summary() {
        String counts = status == Status.UNCHANGED ? unchangedReason()
                : Messages.text("ingest.counts", rowsRead, rowsRead - rowsRejected, rowsRejected, recordsWritten);
        String replaced = status == Status.LOADED ? before == null ? Messages.text("ingest.partition-was-empty")
                : Messages.text("ingest.replacing", before.describe()) : "";
        return Messages.text("ingest.outcome", status, file, source, year, counts, replaced, took.toMillis() / 1000.0,
                jobExecutionId == null ? "" : Messages.text("ingest.execution", jobExecutionId),
                rejectsFile == null ? "" : Messages.text("ingest.rejects-file", rejectsFile));
    }

    private String unchangedReason() {
        return before == null ? Messages.text("ingest.unchanged")
                : Messages.text("ingest.unchanged-current", before.describe(), before.sequence());
    }
}
