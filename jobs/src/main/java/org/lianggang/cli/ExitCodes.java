package org.lianggang.cli;

/** The exit codes every command shares. */
final class ExitCodes {

    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;
    static final int REJECTED = 3;
    /** Another run holds the run lock (and did not release it within {@code --wait}). */
    static final int BUSY = 4;

    private ExitCodes() {
    }
}
