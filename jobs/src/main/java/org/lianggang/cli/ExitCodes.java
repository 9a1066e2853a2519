package org.lianggang.cli;

import org.lianggang.ingest.IngestOutcome;

/** The exit codes every command shares (the root command's help and the README list them). */
public final class ExitCodes {

    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;
    public static final int REJECTED = 3;
    /** Another run holds the run lock (and did not release it within {@code --wait}). */
    public static final int BUSY = 4;
    /** A file under {@code schemas/} is malformed or inconsistent: the application cannot start, or check fails. */
    public static final int CONFIGURATION = 5;

    /** A file's outcome: loaded, unchanged or checked is success; refused for its content, 3; failed, 1. */
    static int of(IngestOutcome.Status status) {
        return switch (status) {
            case LOADED, UNCHANGED, CHECKED -> OK;
            case REJECTED -> REJECTED;
            case FAILED -> FAILED;
        };
    }

    private ExitCodes() {
    }
}
