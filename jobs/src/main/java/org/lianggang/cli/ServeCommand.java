package org.lianggang.cli;

import java.util.concurrent.Callable;
import org.lianggang.schedule.ScheduledRuns;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code lianggang serve}: the scheduler daemon (nightly and yearly runs from application.yml) until SIGTERM. */
@Component
@Scope("prototype")
@Command(name = "serve")
class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    private final ScheduledRuns scheduled;

    ServeCommand(ScheduledRuns scheduled) {
        this.scheduled = scheduled;
    }

    @Override
    public Integer call() throws InterruptedException {
        scheduled.start(spec.commandLine().getOut());
        scheduled.awaitShutdown();
        return (scheduled.stoppedCleanly() ? ExitCode.OK : ExitCode.FAILED).code();
    }
}
