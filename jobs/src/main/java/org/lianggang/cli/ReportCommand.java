package org.lianggang.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.lianggang.catalog.Catalog;
import org.lianggang.report.ReportFilter;
import org.lianggang.report.ReportFormat;
import org.lianggang.report.ReportWriter;
import org.lianggang.schedule.PipelineRuns;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code lianggang report --year YYYY}: exports the report tables to Excel, CSV and an HTML page. */
@Component
@Scope("prototype")
@Command(name = "report", description = "Export the year's report tables: xlsx (one sheet per table), csv (one file"
        + " per table), html (an offline page with charts).")
class ReportCommand implements Callable<Integer> {

    private final ReportWriter writer;
    private final Catalog catalog;

    @Option(names = "--year", required = true, paramLabel = "YYYY", description = "report year")
    int year;

    @Option(names = "--plan", paramLabel = "ID", description = "only this plan (e.g. women-2011-2020)")
    String plan;

    @Option(names = "--region", paramLabel = "CODE", description = "only this region (GB/T 2260 code)")
    String region;

    @Option(names = "--format", split = ",", paramLabel = "FORMAT",
            description = "xlsx, csv and/or html (repeat or comma-separate; default: all three)")
    List<ReportFormat> formats;

    @Option(names = "--out", paramLabel = "DIR", description = "output directory (default: <home>/reports/<year>/,"
            + " or <home>/reports/manual/<year>-<plan>-<region>/ for one plan or region)")
    Path out;

    private final PipelineRuns runs;

    ReportCommand(ReportWriter writer, Catalog catalog, PipelineRuns runs) {
        this.writer = writer;
        this.catalog = catalog;
        this.runs = runs;
    }

    @Override
    public Integer call() throws Exception {
        if (plan != null && catalog.plan(plan).isEmpty()) {
            throw new IllegalArgumentException("unknown plan '" + plan + "' (see schemas/catalog)");
        }
        if (region != null && catalog.regions().byCode(region).isEmpty()) {
            throw new IllegalArgumentException("unknown region '" + region + "' (see schemas/regions)");
        }
        Set<ReportFormat> chosen = formats == null || formats.isEmpty()
                ? EnumSet.allOf(ReportFormat.class) : EnumSet.copyOf(formats);
        ReportFilter filter = new ReportFilter(year, plan, region);
        List<Path> files;
        if (out == null && plan == null && region == null) {
            // the year's published set, swapped in whole under the run lock, as nightly does
            files = runs.exclusive("report", Duration.ZERO, () -> writeYear(chosen));
        } else {
            files = writer.write(filter, chosen, out != null ? out : writer.filteredDirectory(filter));
        }
        files.forEach(f -> System.out.println("wrote " + f));
        return ExitCodes.OK;
    }

    private List<Path> writeYear(Set<ReportFormat> chosen) {
        try {
            // no record of the loads it was built from: the next nightly rewrites it with one
            return writer.writeYear(year, chosen, "");
        } catch (Exception e) {
            throw new IllegalStateException("cannot write the " + year + " report: " + e.getMessage(), e);
        }
    }
}
