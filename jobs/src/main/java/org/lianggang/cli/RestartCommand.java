package org.lianggang.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.lianggang.Messages;
import org.lianggang.schedule.JobRestart;
import org.lianggang.schedule.PipelineRuns;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code lianggang restart ID}: restarts a failed, stopped or crash-left execution as the same job instance. */
@Component
@Scope("prototype")
@Command(name = "restart")
class RestartCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    private final JobRestart restart;
    private final PipelineRuns runs;

    @Parameters(index = "0", paramLabel = "ID", descriptionKey = "id")
    long id;

    @Mixin
    LockOptions lock;

    RestartCommand(JobRestart restart, PipelineRuns runs) {
        this.restart = restart;
        this.runs = runs;
    }

    @Override
    public Integer call() {
        JobExecution execution = runs.exclusive("restart " + id, lock.wait, () -> restart.restart(id));
        PrintWriter out = spec.commandLine().getOut();
        out.println(Messages.text("restart.done", execution.getId(), id, execution.getJobInstance().getJobName(),
                execution.getStatus()));
        execution.getAllFailureExceptions().forEach(t -> out.println("  " + t.getMessage()));
        return (execution.getStatus() == BatchStatus.COMPLETED ? ExitCode.OK : ExitCode.FAILED).code();
    }
}
