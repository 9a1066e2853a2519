package org.lianggang.cli;

/** The exit codes every command shares. */
final class ExitCodes {

    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;
    static final int REJECTED = 3;

    private ExitCodes() {
    }
}
