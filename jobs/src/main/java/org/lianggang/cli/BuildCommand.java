package org.lianggang.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.lianggang.Messages;
import org.lianggang.warehouse.BuildLauncher;
import org.lianggang.schedule.PipelineRuns;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code lianggang build}: rebuilds the warehouse from the lake and swaps it in. */
@Component
@Scope("prototype")
@Command(name = "build")
class BuildCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    private final BuildLauncher launcher;
    private final PipelineRuns runs;

    @Mixin
    LockOptions lock;

    BuildCommand(BuildLauncher launcher, PipelineRuns runs) {
        this.launcher = launcher;
        this.runs = runs;
    }

    @Override
    public Integer call() {
        List<String> failures = runs.exclusive("build", lock.wait, launcher::build);
        if (failures.isEmpty()) {
            spec.commandLine().getOut().println(Messages.text("build.done"));
            return ExitCode.OK.code();
        }
        failures.forEach(f -> spec.commandLine().getErr().println(Messages.text("build.failed", f)));
        return ExitCode.FAILED.code();
    }
}
