package org.lianggang.cli;

import java.time.Duration;
import picocli.CommandLine.Option;

/** {@code --wait}: what a run does when another run holds the run lock. Shared by every command that writes. */
final class LockOptions {

    @Option(names = "--wait", paramLabel = "DURATION", defaultValue = "0s", converter = DurationConverter.class)
    Duration wait;
}
