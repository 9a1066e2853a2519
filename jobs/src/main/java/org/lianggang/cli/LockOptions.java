package org.lianggang.cli;

import java.time.Duration;
import picocli.CommandLine.Option;

/** {@code --wait}: what a run does when another run holds the run lock. Shared by every command that writes. */
final class LockOptions {

    @Option(names = "--wait", paramLabel = "DURATION", defaultValue = "0s", converter = DurationConverter.class,
            description = "if another run holds the run lock, wait for it up to this long (e.g. 30m; default: do"
                    + " not wait, exit with code 4)")
    Duration wait;
}
