package org.lianggang.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.lianggang.Messages;
import org.lianggang.LianggangProperties;
import org.lianggang.catalog.Catalog;
import org.lianggang.catalog.CatalogLoader;
import org.lianggang.demo.DemoExports;
import org.lianggang.demo.DemoFile;
import org.lianggang.demo.DemoScale;
import org.lianggang.demo.DemoScenario;
import org.lianggang.schedule.NightlyRun;
import org.lianggang.schedule.NightlySummary;
import org.lianggang.schedule.PipelineRuns;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code lianggang demo}: writes the sample exports into the inbox, runs the nightly run over them (ingest every
 * file, build) and prints the root region's 达标 summary for the report year, then, where the last year generated
 * is a stage year (2025), its 中期评估 summary. {@code --scale} chooses the root ({@link DemoScale});
 * {@link DemoScaleArgument} sets it before Spring starts.
 */
@Component
@Scope("prototype")
@Command(name = "demo")
class DemoCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    private final LianggangProperties properties;
    private final Catalog catalog;
    private final PipelineRuns runs;
    private final NightlyRun nightly;
    private final SummaryPrinter summary;
    private final EvaluationPrinter evaluation;

    /** The shipped scenarios, run in this order: the 2021–2025 one goes on from the 2010–2020 one's figures. */
    static final List<String> DEFAULT_SCENARIOS = List.of("demo/liuzhou-2010-2020.yaml", "demo/liuzhou-2021-2025.yaml");

    @Option(names = "--scenario")
    List<Path> scenarios;

    @Option(names = "--scale", paramLabel = "city|province|country", converter = DemoScaleConverter.class)
    DemoScale scale;

    @Option(names = "--no-build")
    boolean noBuild;

    @Option(names = "--year", defaultValue = "2019")
    int year;

    @Mixin
    LockOptions lock;

    DemoCommand(LianggangProperties properties, Catalog catalog, PipelineRuns runs, NightlyRun nightly,
                SummaryPrinter summary, EvaluationPrinter evaluation) {
        this.properties = properties;
        this.catalog = catalog;
        this.runs = runs;
        this.nightly = nightly;
        this.summary = summary;
        this.evaluation = evaluation;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        List<Path> files = scenarios != null && !scenarios.isEmpty() ? scenarios
                : DEFAULT_SCENARIOS.stream().map(properties.schemas()::resolve).toList();
        List<DemoScenario> demo = files.stream().map(f -> new CatalogLoader().read(f, DemoScenario.class)).toList();
        String root = catalog.regions().root().code();
        if (scale != null && !scale.root().equals(root)) {
            spec.commandLine().getErr().println(Messages.text("error", Messages.text("usage-error.demo-scale-root",
                    scale.word(), scale.root(), root)));
            return ExitCode.USAGE.code();
        }
        int last = demo.stream().mapToInt(d -> d.years().to()).max().orElse(year);
        List<Integer> printed = last == year ? List.of(year) : List.of(year, last);
        // Above a city the reports of every year take most of the run (at country scale a year's workbooks take
        // a minute or more): such a demo publishes the years it prints; `report --year` writes any other.
        SortedSet<Integer> reportYears = scale == null || scale == DemoScale.CITY ? new TreeSet<>()
                : new TreeSet<>(printed);
        NightlySummary run = runs.exclusive("demo", lock.wait, () -> {
            List<DemoFile> written = new DemoExports(catalog, demo).writeTo(properties.inbox());
            out.println(Messages.text("demo.written", written.size(), properties.inbox()));
            return noBuild ? nightly.ingestOwnFiles(out) : nightly.runOnOwnFiles(reportYears, out);
        });
        SummaryLines.print(run, out);
        if (noBuild) {
            return ExitCode.of(run).code();
        }
        if (!run.buildFailures().isEmpty()) {
            return ExitCode.FAILED.code();
        }
        for (int shown : printed) {
            List<String> stages = evaluation.lines(shown, root);
            if (shown == year || !stages.isEmpty()) {
                summary.print(shown, root, out);
            }
            if (!stages.isEmpty()) {
                evaluation.print(shown, root, stages, out);
            }
        }
        return ExitCode.of(run).code();
    }
}
