package org.lianggang.ingest;

import java.time.Duration;
import java.util.List;

/**
 * What happened to one file: the one-screen summary the operator reads, and the exit code it maps to.
 *
 * @param rowsRead       data rows read (header, title, totals and note rows not counted)
 * @param rowsRejected   data rows refused (they are in the rejects CSV)
 * @param recordsWritten lake records written (one per value cell for department exports)
 * @param problems       the problems found, as {@code file:row:column: CODE message [cell]} (the first ones)
 * @param rejectsFile    the rejects CSV, or null
 */
public record IngestOutcome(Status status, String file, String source, int year, long rowsRead, long rowsRejected,
                            long recordsWritten, List<String> problems, String rejectsFile, Long jobExecutionId,
                            Duration took) {

    /** The fate of a file. CHECKED is a dry run that found nothing to refuse. */
    public enum Status {
        LOADED(0), UNCHANGED(0), CHECKED(0), REJECTED(3), FAILED(1);

        private final int exitCode;

        Status(int exitCode) {
            this.exitCode = exitCode;
        }
    }

    public IngestOutcome {
        problems = List.copyOf(problems);
    }

    static IngestOutcome of(Status status, String file, String source, int year, List<String> problems,
                            Duration took) {
        return new IngestOutcome(status, file, source, year, 0, 0, 0, problems, null, null, took);
    }

    public int exitCode() {
        return status.exitCode;
    }

    public String summary() {
        String counts = status == Status.UNCHANGED ? "the partition already holds this file; nothing to do"
                : String.format("%d rows read, %d accepted, %d rejected, %d values written", rowsRead,
                rowsRead - rowsRejected, rowsRejected, recordsWritten);
        return String.format("%s %s (source %s, year %d): %s in %.1f s%s%s", status, file, source, year, counts,
                took.toMillis() / 1000.0, jobExecutionId == null ? "" : " [execution " + jobExecutionId + "]",
                rejectsFile == null ? "" : "\n  rejected rows: " + rejectsFile);
    }
}
