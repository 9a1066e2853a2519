package org.lianggang.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.lianggang.LianggangProperties;
import org.lianggang.catalog.Catalog;
import org.lianggang.catalog.CatalogLoader;
import org.lianggang.demo.DemoExports;
import org.lianggang.demo.DemoFile;
import org.lianggang.demo.DemoScenario;
import org.lianggang.schedule.NightlyRun;
import org.lianggang.schedule.NightlySummary;
import org.lianggang.schedule.PipelineRuns;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code lianggang demo}: writes the sample exports into the inbox, runs the nightly run over them (ingest every
 * file, build) and prints the city's 达标 summary for the report year.
 */
@Component
@Scope("prototype")
@Command(name = "demo", description = "Generate sample exports 2010–2020, run nightly over them, print the summary.")
class DemoCommand implements Callable<Integer> {

    private final LianggangProperties properties;
    private final Catalog catalog;
    private final PipelineRuns runs;
    private final NightlyRun nightly;
    private final SummaryPrinter summary;

    @Option(names = "--scenario", description = "scenario file (default: schemas/demo/liuzhou-2010-2020.yaml)")
    Path scenario;

    @Option(names = "--year", defaultValue = "2019", description = "report year to print (default: ${DEFAULT-VALUE})")
    int year;

    @Mixin
    LockOptions lock;

    DemoCommand(LianggangProperties properties, Catalog catalog, PipelineRuns runs, NightlyRun nightly,
                SummaryPrinter summary) {
        this.properties = properties;
        this.catalog = catalog;
        this.runs = runs;
        this.nightly = nightly;
        this.summary = summary;
    }

    @Override
    public Integer call() throws Exception {
        Path file = scenario != null ? scenario : properties.schemas().resolve("demo/liuzhou-2010-2020.yaml");
        DemoScenario demo = new CatalogLoader().read(file, DemoScenario.class);
        NightlySummary run = runs.exclusive("demo", lock.wait, () -> {
            List<DemoFile> files = new DemoExports(catalog, demo).writeTo(properties.inbox());
            System.out.println("demo: " + files.size() + " sample exports written to " + properties.inbox());
            return nightly.runOnOwnFiles();
        });
        SummaryLines.print(run, System.out);
        if (!run.buildFailures().isEmpty()) {
            return ExitCodes.FAILED;
        }
        summary.print(year, catalog.regions().city().code(), System.out);
        return run.failed() ? ExitCodes.FAILED : run.rejected() ? ExitCodes.REJECTED : ExitCodes.OK;
    }
}
