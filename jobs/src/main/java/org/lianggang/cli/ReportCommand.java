package org.lianggang.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.concurrent.Callable;
import org.lianggang.Messages;
import org.lianggang.catalog.Catalog;
import org.lianggang.report.ReportFilter;
import org.lianggang.report.ReportFormat;
import org.lianggang.report.ReportWriter;
import org.lianggang.schedule.PipelineRuns;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code lianggang report --year YYYY}: exports the report tables to Excel, CSV and an HTML page. Only the full
 * report (every format, plan and region) without {@code --out} replaces the published set {@code reports/<year>/};
 * anything less goes to {@code --out} or {@code reports/manual/}. A year without data is refused unless
 * {@code --allow-empty}.
 */
@Component
@Scope("prototype")
@Command(name = "report")
class ReportCommand implements Callable<Integer>, HomeWrites {

    @Spec
    CommandSpec spec;

    /** Only a report written elsewhere ({@code --out} outside the home) leaves the home as it is. */
    @Override
    public boolean writesTo(Path home) {
        return out == null || out.toAbsolutePath().normalize().startsWith(home);
    }


    private final ReportWriter writer;
    private final Catalog catalog;

    @Option(names = "--year", required = true, paramLabel = "YYYY", converter = YearConverter.class)
    int year;

    @Option(names = "--plan", paramLabel = "ID")
    String plan;

    @Option(names = "--region", paramLabel = "CODE")
    String region;

    @Option(names = "--format", split = ",", paramLabel = "FORMAT")
    List<ReportFormat> formats;

    @Option(names = "--out", paramLabel = "DIR")
    Path out;

    @Option(names = "--allow-empty")
    boolean allowEmpty;

    private final PipelineRuns runs;

    ReportCommand(ReportWriter writer, Catalog catalog, PipelineRuns runs) {
        this.writer = writer;
        this.catalog = catalog;
        this.runs = runs;
    }

    @Override
    public Integer call() throws Exception {
        if (plan != null && catalog.plan(plan).isEmpty()) {
            throw new IllegalArgumentException(Messages.text("usage-error.unknown-plan", plan));
        }
        if (region != null && catalog.regions().byCode(region).isEmpty()) {
            throw new IllegalArgumentException(Messages.text("usage-error.unknown-region", region));
        }
        Set<ReportFormat> chosen = formats == null || formats.isEmpty()
                ? EnumSet.allOf(ReportFormat.class) : EnumSet.copyOf(formats);
        if (out != null && writer.insidePublishedSet(out)) {
            throw new IllegalArgumentException(Messages.text("usage-error.out-in-published-set", out, year));
        }
        if (!allowEmpty) {
            requireData();
        }
        ReportFilter filter = new ReportFilter(year, plan, region);
        boolean fullReport = plan == null && region == null && chosen.equals(EnumSet.allOf(ReportFormat.class));
        List<Path> files;
        if (out == null && fullReport) {
            // the year's published set, swapped in whole under the run lock, as nightly does
            files = runs.exclusive("report", Duration.ZERO, () -> writeYear(chosen));
        } else {
            files = writer.write(filter, chosen, out != null ? out : writer.filteredDirectory(filter));
        }
        files.forEach(f -> spec.commandLine().getOut().println(Messages.text("report.wrote", f)));
        return ExitCode.OK.code();
    }

    private void requireData() throws Exception {
        SortedSet<Integer> years = writer.yearsWithData();
        if (!years.contains(year)) {
            String have = years.isEmpty() ? Messages.text("usage-error.no-data-yet")
                    : Messages.text("usage-error.years-with-data", spans(years));
            throw new IllegalArgumentException(Messages.text("usage-error.no-data-for-year", year, have));
        }
    }

    /** {@code 2010–2020}, or {@code 2010, 2012–2015} when years are missing in between. */
    static String spans(SortedSet<Integer> years) {
        StringBuilder text = new StringBuilder();
        Integer first = null;
        Integer last = null;
        for (int year : years) {
            if (last != null && year == last + 1) {
                last = year;
                continue;
            }
            append(text, first, last);
            first = year;
            last = year;
        }
        append(text, first, last);
        return text.toString();
    }

    private static void append(StringBuilder text, Integer first, Integer last) {
        if (first == null) {
            return;
        }
        text.append(text.isEmpty() ? "" : ", ").append(first).append(first.equals(last) ? "" : "–" + last);
    }

    private List<Path> writeYear(Set<ReportFormat> chosen) {
        try {
            // no record of the loads it was built from: the next nightly rewrites it with one
            return writer.writeYear(year, chosen, "");
        } catch (Exception e) {
            throw new IllegalStateException(Messages.text("report.failed", year, e.getMessage()), e);
        }
    }
}
