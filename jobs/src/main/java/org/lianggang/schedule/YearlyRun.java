package org.lianggang.schedule;

import java.io.PrintWriter;
import java.time.Year;
import java.util.List;
import java.util.TreeSet;
import org.lianggang.warehouse.BuildLauncher;
import org.springframework.stereotype.Component;

/**
 * The yearly run of {@code lianggang serve}: rebuilds the warehouse and runs the after-build steps (the annual
 * report) for the configured report year. Call it under the run lock.
 */
@Component
public class YearlyRun {

    private final BuildLauncher build;
    private final NightlyRun nightly;
    private final ScheduleProperties schedule;

    YearlyRun(BuildLauncher build, NightlyRun nightly, ScheduleProperties schedule) {
        this.build = build;
        this.nightly = nightly;
        this.schedule = schedule;
    }

    /** Returns the failures, empty on success; {@code out} as for {@link NightlyRun#run}. */
    public List<String> run(PrintWriter out) {
        List<String> failures = build.build();
        if (!failures.isEmpty()) {
            return failures;
        }
        int reportYear = Year.now().getValue() - schedule.reportYearsAgo();
        return nightly.runAfterBuild(new AfterBuildStep.Context(new TreeSet<>(), new TreeSet<>(List.of(reportYear))),
                RunProgress.detect(out));
    }
}
