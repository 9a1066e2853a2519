package org.lianggang.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.lianggang.ingest.IngestLauncher;
import org.lianggang.ingest.IngestOutcome;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lianggang ingest FILE --source ID --year YYYY}: loads one export into its lake partition. */
@Component
@Scope("prototype")
@Command(name = "ingest", description = "Load one department export into the lake (one job execution per file).")
class IngestCommand implements Callable<Integer> {

    private final IngestLauncher launcher;

    @Parameters(index = "0", paramLabel = "FILE", description = "the export (CSV)")
    Path file;

    @Option(names = "--source", required = true, description = "source layout id, e.g. health")
    String source;

    @Option(names = "--year", required = true, description = "report year")
    int year;

    IngestCommand(IngestLauncher launcher) {
        this.launcher = launcher;
    }

    @Override
    public Integer call() {
        IngestOutcome outcome = launcher.ingest(file, source, year);
        System.out.println(outcome.summary());
        outcome.problems().forEach(p -> System.out.println("  " + p));
        return outcome.exitCode();
    }
}
