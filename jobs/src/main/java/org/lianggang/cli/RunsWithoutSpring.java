package org.lianggang.cli;

/**
 * A command answered before Spring starts ({@code check}, the root command without a subcommand): it needs neither
 * the JobRepository nor the home, so it works on a machine that has neither.
 */
interface RunsWithoutSpring {

    /** Runs the parsed command with the settings read before Spring; returns the exit code. */
    int runWithoutSpring(StartupSettings settings);
}
