package org.lianggang.cli;

import org.lianggang.ingest.IngestOutcome;
import org.lianggang.schedule.NightlySummary;

/**
 * The exit codes every command shares (the root command's help and the README list them), and the one mapping
 * from the outcomes of files and runs to them.
 */
public enum ExitCode {

    OK(0),
    FAILED(1),
    USAGE(2),
    /** A file was refused for its content: nothing of it was written. */
    REJECTED(3),
    /** Another run holds the run lock (and did not release it within {@code --wait}). */
    BUSY(4),
    /** A file under {@code schemas/} is malformed or inconsistent: the application cannot start, or check fails. */
    CONFIGURATION(5);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    /** The number the process exits with. */
    public int code() {
        return code;
    }

    /** A file's outcome: loaded, unchanged or checked is success. */
    public static ExitCode of(IngestOutcome.Status status) {
        return switch (status) {
            case LOADED, UNCHANGED, CHECKED -> OK;
            case REJECTED -> REJECTED;
            case FAILED -> FAILED;
        };
    }

    /** A run over the inbox: a failure anywhere (a file, the build, a report) outranks a refused file. */
    public static ExitCode of(NightlySummary run) {
        return run.failed() ? FAILED : run.rejected() ? REJECTED : OK;
    }
}
