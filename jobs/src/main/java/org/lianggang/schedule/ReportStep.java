package org.lianggang.schedule;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import org.lianggang.report.ReportFilter;
import org.lianggang.report.ReportFormat;
import org.lianggang.report.ReportWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Writes the reports (xlsx, csv, html under home/reports/<year>/) after a successful build: for the yearly run its
 * report year, for a nightly run every year it loaded files for, so a re-sent 2019 export refreshes the 2019
 * report. A nightly run that changed nothing writes nothing.
 */
@Component
class ReportStep implements AfterBuildStep {

    private static final Logger log = LoggerFactory.getLogger(ReportStep.class);

    private final ReportWriter writer;

    ReportStep(ReportWriter writer) {
        this.writer = writer;
    }

    @Override
    public String name() {
        return "report";
    }

    @Override
    public List<String> run(Context context) {
        SortedSet<Integer> years = new TreeSet<>(context.yearsLoaded());
        if (context.reportYear() != null) {
            years = new TreeSet<>(List.of(context.reportYear()));
        }
        List<String> failures = new ArrayList<>();
        for (int year : years) {
            try {
                var files = writer.write(new ReportFilter(year, null, null), EnumSet.allOf(ReportFormat.class),
                        writer.defaultDirectory(year));
                log.info("step=report year={} files={} dir={}", year, files.size(), writer.defaultDirectory(year));
            } catch (Exception e) {
                failures.add("report " + year + ": " + e.getMessage());
            }
        }
        return failures;
    }
}
