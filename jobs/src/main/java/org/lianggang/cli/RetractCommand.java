package org.lianggang.cli;

import java.util.concurrent.Callable;
import org.lianggang.Messages;
import org.lianggang.schedule.PipelineRuns;
import org.lianggang.schedule.RetractRun;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code lianggang retract --source ID --year YYYY}: takes a partition out (recorded in the manifest), rebuilds. */
@Component
@Scope("prototype")
@Command(name = "retract")
class RetractCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    private final PipelineRuns runs;
    private final RetractRun retract;

    @Option(names = "--source", required = true)
    String source;

    @Option(names = "--year", required = true, converter = YearConverter.class)
    int year;

    @Option(names = "--no-build")
    boolean noBuild;

    @Mixin
    LockOptions lock;

    RetractCommand(PipelineRuns runs, RetractRun retract) {
        this.runs = runs;
        this.retract = retract;
    }

    @Override
    public Integer call() {
        RetractRun.Result result = runs.exclusive("retract " + source + " " + year, lock.wait,
                () -> retract.retract(source, year, !noBuild));
        spec.commandLine().getOut().println(Messages.text("retract.done", result.retraction().fileName(), source,
                year, result.retraction().sha256().substring(0, 12)));
        result.buildFailures().forEach(f -> spec.commandLine().getErr().println(Messages.text("build.failed", f)));
        return (result.buildFailures().isEmpty() ? ExitCode.OK : ExitCode.FAILED).code();
    }
}
