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
import org.lianggang.ingest.IngestLauncher;
import org.lianggang.ingest.IngestOutcome;
import org.lianggang.warehouse.BuildLauncher;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code lianggang demo}: writes the sample exports into the inbox, ingests every file through the ingest job,
 * builds the warehouse and prints the city's 达标 summary for the report year.
 */
@Component
@Scope("prototype")
@Command(name = "demo", description = "Generate sample exports 2010–2020, ingest them, build, print the summary.")
class DemoCommand implements Callable<Integer> {

    private final LianggangProperties properties;
    private final Catalog catalog;
    private final IngestLauncher ingest;
    private final BuildLauncher build;
    private final SummaryPrinter summary;

    @Option(names = "--scenario", description = "scenario file (default: schemas/demo/liuzhou-2010-2020.yaml)")
    Path scenario;

    @Option(names = "--year", defaultValue = "2019", description = "report year to print (default: ${DEFAULT-VALUE})")
    int year;

    DemoCommand(LianggangProperties properties, Catalog catalog, IngestLauncher ingest, BuildLauncher build,
                SummaryPrinter summary) {
        this.properties = properties;
        this.catalog = catalog;
        this.ingest = ingest;
        this.build = build;
        this.summary = summary;
    }

    @Override
    public Integer call() throws Exception {
        Path file = scenario != null ? scenario : properties.schemas().resolve("demo/liuzhou-2010-2020.yaml");
        DemoScenario demo = new CatalogLoader().read(file, DemoScenario.class);
        List<DemoFile> files = new DemoExports(catalog, demo).writeTo(properties.inbox());
        System.out.println("demo: " + files.size() + " sample exports written to " + properties.inbox());
        int worst = ExitCodes.OK;
        for (DemoFile f : files) {
            IngestOutcome outcome = ingest.ingest(f.path(), f.source(), f.year());
            if (outcome.status() != IngestOutcome.Status.LOADED) {
                System.out.println(outcome.summary());
                outcome.problems().forEach(p -> System.out.println("  " + p));
            }
            worst = Math.max(worst, outcome.exitCode());
        }
        System.out.println("demo: ingested " + files.size() + " files");
        List<String> failures = build.build();
        if (!failures.isEmpty()) {
            failures.forEach(System.err::println);
            return ExitCodes.FAILED;
        }
        summary.print(year, catalog.regions().city().code(), System.out);
        return worst;
    }
}
