package org.lianggang.ingest;

import java.time.Duration;
import java.util.List;

/** What happened to one file: the one-screen summary the operator reads, and the exit code it maps to. */
public record IngestOutcome(Status status, String file, String source, int year, long rowsRead, long rowsWritten,
                            List<String> problems, Long jobExecutionId, Duration took) {

    /** The fate of a file. */
    public enum Status {
        LOADED(0), UNCHANGED(0), REJECTED(3), FAILED(1);

        private final int exitCode;

        Status(int exitCode) {
            this.exitCode = exitCode;
        }
    }

    public IngestOutcome {
        problems = List.copyOf(problems);
    }

    public int exitCode() {
        return status.exitCode;
    }

    public String summary() {
        return String.format("%s %s (source %s, year %d): %d rows read, %d written in %.1f s%s",
                status, file, source, year, rowsRead, rowsWritten, took.toMillis() / 1000.0,
                jobExecutionId == null ? "" : " [execution " + jobExecutionId + "]");
    }
}
