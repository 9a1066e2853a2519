package org.lianggang.schedule;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.lianggang.NoSpaceLeft;
import org.lianggang.lake.Lake;
import org.lianggang.lake.ManifestEntry;
import org.lianggang.report.ReportFormat;
import org.lianggang.report.ReportWriter;
import org.lianggang.warehouse.Warehouse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Writes the reports (xlsx, csv, html under home/reports/<year>/) after a successful build: for the yearly run its
 * report year; for a nightly run every year whose published report was not built from the lake as it is now —
 * the years it loaded, the later years whose trend tables read them, and any year a killed or failed earlier run
 * left unwritten. Each year's report records the loads it was built from (the manifest entries of its year and
 * the years before) and the code, models, catalog and settings it was computed with, so a corrected target or a
 * changed setting republishes every year. A nightly run that changed nothing, after one that finished, writes
 * nothing.
 */
@Component
class ReportStep implements AfterBuildStep {

    private static final Logger log = LoggerFactory.getLogger(ReportStep.class);

    private final ReportWriter writer;
    private final Lake lake;
    private final Warehouse warehouse;

    ReportStep(ReportWriter writer, Lake lake, Warehouse warehouse) {
        this.writer = writer;
        this.lake = lake;
        this.warehouse = warehouse;
    }

    @Override
    public String name() {
        return "report";
    }

    @Override
    public List<String> run(Context context) {
        SortedMap<Integer, String> builtFrom = builtFrom(lake.manifest(), warehouse.configDigest().orElse(""));
        List<String> failures = new ArrayList<>();
        for (int year : years(context, builtFrom, failures)) {
            try {
                var files = writer.writeYear(year, EnumSet.allOf(ReportFormat.class),
                        builtFrom.getOrDefault(year, ""));
                log.info("step=report year={} files={} dir={}", year, files.size(), writer.defaultDirectory(year));
            } catch (Exception e) {
                failures.add("report " + year + ": "
                        + NoSpaceLeft.describe(e, writer.defaultDirectory(year)).orElse(e.getMessage()));
            }
        }
        return failures;
    }

    private SortedSet<Integer> years(Context context, SortedMap<Integer, String> builtFrom, List<String> failures) {
        if (!context.reportYears().isEmpty()) {
            return new TreeSet<>(context.reportYears());
        }
        SortedSet<Integer> years = new TreeSet<>(context.yearsLoaded());
        for (Map.Entry<Integer, String> year : builtFrom.entrySet()) {
            try {
                if (!writer.builtFrom(year.getKey()).orElse("").equals(year.getValue())) {
                    years.add(year.getKey());
                }
            } catch (Exception e) {
                failures.add("report " + year.getKey() + ": " + e.getMessage());
            }
        }
        return years;
    }

    /**
     * Per lake year, the manifest entries a report of that year can read (its year and earlier), one per line, and
     * the code, models, catalog and settings the warehouse computed it with (a corrected target republishes).
     */
    private static SortedMap<Integer, String> builtFrom(List<ManifestEntry> manifest, String configDigest) {
        SortedSet<Integer> years = new TreeSet<>();
        manifest.forEach(e -> years.add(e.year()));
        SortedMap<Integer, String> builtFrom = new TreeMap<>();
        for (int year : years) {
            builtFrom.put(year, manifest.stream().filter(e -> e.year() <= year)
                    .map(e -> String.join(" ", e.table(), e.source(), String.valueOf(e.year()), e.sha256(),
                            e.retracted() ? "retracted" : "loaded", e.committedAt().toString()))
                    .sorted().reduce("", (all, line) -> all + line + "\n") + "config " + configDigest + "\n");
        }
        return builtFrom;
    }
}
