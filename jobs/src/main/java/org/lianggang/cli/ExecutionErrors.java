package org.lianggang.cli;

import java.nio.file.Path;
import org.lianggang.Messages;
import org.lianggang.NoSpaceLeft;
import org.lianggang.catalog.CatalogException;
import org.lianggang.schedule.RunLockBusyException;
import picocli.CommandLine;

/** An exception out of a command: one line on stderr and the exit code its kind stands for. */
final class ExecutionErrors implements CommandLine.IExecutionExceptionHandler {

    private final Path home;

    /** {@code home}: where a full disk is looked for when the failure names no file. */
    ExecutionErrors(Path home) {
        this.home = home;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        commandLine.getErr().println(Messages.text("error", NoSpaceLeft.describe(e, home).orElse(e.getMessage())));
        ExitCode code = e instanceof RunLockBusyException ? ExitCode.BUSY
                : e instanceof CatalogException ? ExitCode.CONFIGURATION
                : e instanceof IllegalArgumentException ? ExitCode.USAGE : ExitCode.FAILED;
        return code.code();
    }
}
