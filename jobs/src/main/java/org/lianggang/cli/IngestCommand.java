package org.lianggang.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.lianggang.ingest.IngestLauncher;
import org.lianggang.ingest.IngestOutcome;
import org.lianggang.schedule.PipelineRuns;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code lianggang ingest FILE --source ID [--year YYYY] [--dry-run]}: loads one export into its lake partition,
 * or with {@code --dry-run} lists every problem in it and writes nothing.
 */
@Component
@Scope("prototype")
@Command(name = "ingest")
class IngestCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    private final IngestLauncher launcher;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "file")
    Path file;

    @Option(names = "--source", required = true)
    String source;

    @Option(names = "--year", converter = YearConverter.class)
    Integer year;

    @Option(names = "--encoding")
    String encoding;

    @Option(names = "--dry-run")
    boolean dryRun;

    @Mixin
    LockOptions lock;

    private final PipelineRuns runs;

    IngestCommand(IngestLauncher launcher, PipelineRuns runs) {
        this.launcher = launcher;
        this.runs = runs;
    }

    @Override
    public Integer call() {
        IngestOutcome outcome = dryRun ? launcher.check(file, source, year, encoding)
                : runs.exclusive("ingest " + file, lock.wait, () -> launcher.ingest(file, source, year, encoding));
        PrintWriter out = spec.commandLine().getOut();
        out.println(outcome.summary());
        outcome.problems().forEach(p -> out.println("  " + p));
        return ExitCode.of(outcome.status()).code();
    }
}
