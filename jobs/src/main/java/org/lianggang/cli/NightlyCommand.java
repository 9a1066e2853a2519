package org.lianggang.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.lianggang.schedule.NightlyRun;
import org.lianggang.schedule.NightlySummary;
import org.lianggang.schedule.PipelineRuns;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code lianggang nightly}: ingests every new or changed export in {@code inbox/<source>/<year>/}, builds the
 * warehouse, runs the after-build steps, and prints what happened to each file.
 */
@Component
@Scope("prototype")
@Command(name = "nightly")
class NightlyCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    private final PipelineRuns runs;
    private final NightlyRun nightly;

    @Mixin
    LockOptions lock;

    NightlyCommand(PipelineRuns runs, NightlyRun nightly) {
        this.runs = runs;
        this.nightly = nightly;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        NightlySummary summary = runs.exclusive("nightly", lock.wait, () -> nightly.run(out));
        SummaryLines.print(summary, out);
        return ExitCode.of(summary).code();
    }
}
