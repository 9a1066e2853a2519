package org.lianggang.cli;

import java.io.PrintWriter;
import org.lianggang.Messages;
import org.lianggang.ingest.IngestOutcome;
import org.lianggang.schedule.NightlySummary;

/** Prints a nightly summary: the files that need attention with their problems, then one line of totals. */
final class SummaryLines {

    private static final int PROBLEMS_SHOWN = 20;

    private SummaryLines() {
    }

    static void print(NightlySummary summary, PrintWriter out) {
        for (IngestOutcome file : summary.files()) {
            if (file.status() == IngestOutcome.Status.REJECTED || file.status() == IngestOutcome.Status.FAILED) {
                out.println(file.summary());
                file.problems().stream().limit(PROBLEMS_SHOWN).forEach(p -> out.println("  " + p));
                if (file.problems().size() > PROBLEMS_SHOWN) {
                    out.println(Messages.text("nightly.more-problems", file.problems().size() - PROBLEMS_SHOWN));
                }
            }
        }
        summary.retracted().forEach(f -> out.println(Messages.text("nightly.retracted", f)));
        summary.arriving().forEach(f -> out.println(Messages.text("nightly.arriving-file", f)));
        summary.buildFailures().forEach(f -> out.println(Messages.text("nightly.build-failure", f)));
        summary.afterBuildFailures().forEach(f -> out.println(Messages.text("nightly.step-failure", f)));
        out.println(summary.line());
    }
}
