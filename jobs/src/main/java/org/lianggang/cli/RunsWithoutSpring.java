package org.lianggang.cli;

/**
 * A command answered before Spring starts: it needs no JobRepository and runs no job, so it works on a machine that
 * has neither and answers in a fraction of the time Spring and the batch stack take to start. {@code check},
 * {@code template} and the root command without a subcommand need no home either; {@code sql} and
 * {@code dictionary} read the home's warehouse ({@link #readsHome}), so the home is checked first.
 */
interface RunsWithoutSpring {

    /** Runs the parsed command with the settings read before Spring; returns the exit code. */
    int runWithoutSpring(StartupSettings settings) throws Exception;

    /** Whether the command reads the home: then a home that cannot serve as one is refused before it runs. */
    default boolean readsHome() {
        return false;
    }
}
