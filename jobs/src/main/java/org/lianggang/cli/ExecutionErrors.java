package org.lianggang.cli;

import org.lianggang.schedule.RunLockBusyException;
import picocli.CommandLine;

/** An exception out of a command: one line on stderr and the exit code its kind stands for. */
final class ExecutionErrors implements CommandLine.IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        commandLine.getErr().println("error: " + e.getMessage());
        return e instanceof RunLockBusyException ? ExitCodes.BUSY
                : e instanceof IllegalArgumentException ? ExitCodes.USAGE : ExitCodes.FAILED;
    }
}
