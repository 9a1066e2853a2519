package org.lianggang.schedule;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import org.lianggang.LianggangProperties;
import org.lianggang.Messages;
import org.lianggang.NoSpaceLeft;
import org.lianggang.catalog.Catalog;
import org.lianggang.ingest.FileDigest;
import org.lianggang.ingest.IngestLauncher;
import org.lianggang.ingest.IngestOutcome;
import org.lianggang.lake.Lake;
import org.lianggang.lake.ManifestEntry;
import org.lianggang.warehouse.BuildLauncher;
import org.springframework.stereotype.Component;

/**
 * The nightly run: every export in the inbox is ingested (one job execution per file; a file the lake already
 * holds is UNCHANGED), a file that fails does not stop the others, then the warehouse is rebuilt and the
 * after-build steps (reports) run. Call it under the run lock ({@link PipelineRuns}).
 *
 * <p>Only files that have settled are taken ({@link InboxSettling}); the others are named and left for the next
 * run. Two or more files for one (source, year) are refused together ({@link InboxConflicts}): loading them in
 * turn would flip the partition between them from run to run.
 *
 * <p>A file whose partition was retracted ({@code lianggang retract}) stays out while it is the same file that was
 * retracted and has not been put in the inbox again since: the operator who forgot to delete it does not see the
 * retraction undone overnight. A changed file, or the same file dropped in again after the retraction, is loaded.
 */
@Component
public class NightlyRun {

    private final InboxScanner scanner;
    private final LianggangProperties properties;
    private final Catalog catalog;
    private final Lake lake;
    private final IngestLauncher ingest;
    private final BuildLauncher build;
    private final List<AfterBuildStep> afterBuild;
    private final InboxSettling settling;

    NightlyRun(LianggangProperties properties, InboxProperties inboxProperties, Catalog catalog, Lake lake,
               IngestLauncher ingest, BuildLauncher build, List<AfterBuildStep> afterBuild) {
        this.scanner = new InboxScanner(catalog);
        this.settling = new InboxSettling(inboxProperties.settle());
        this.properties = properties;
        this.catalog = catalog;
        this.lake = lake;
        this.ingest = ingest;
        this.build = build;
        this.afterBuild = List.copyOf(afterBuild);
    }

    /**
     * The nightly run. {@code out} is the command's standard output: a line per file and step goes there when it is
     * a terminal ({@link RunProgress}).
     */
    public NightlySummary run(PrintWriter out) {
        return run(settling, true, new TreeSet<>(), out);
    }

    /**
     * The nightly run over files that need no settling: the demo's, which it has just written and closed; it writes
     * the reports of {@code reportYears} only (empty: as a nightly run).
     */
    public NightlySummary runOnOwnFiles(SortedSet<Integer> reportYears, PrintWriter out) {
        return run(new InboxSettling(Duration.ZERO), true, reportYears, out);
    }

    /**
     * The demo's files ingested into the lake, no build and no after-build steps: a benchmark
     * ({@code scripts/bench-build}) times the build on its own, on a lake nothing has built yet.
     */
    public NightlySummary ingestOwnFiles(PrintWriter out) {
        return run(new InboxSettling(Duration.ZERO), false, new TreeSet<>(), out);
    }

    private NightlySummary run(InboxSettling settling, boolean andBuild, SortedSet<Integer> reportYears,
                               PrintWriter out) {
        long started = System.nanoTime();
        RunProgress progress = RunProgress.detect(out);
        List<InboxFile> found = scanner.scan(properties.inbox());
        InboxSettling.Settled settled = settling.settle(found);
        InboxConflicts.Split split = InboxConflicts.split(settled.settled());
        List<InboxFile> inbox = split.loadable();
        settled.arriving().forEach(progress::arriving);
        List<IngestOutcome> outcomes = new ArrayList<>(split.refused());
        split.refused().forEach(o -> progress.file(0, found.size(), o));
        List<String> retracted = new ArrayList<>();
        SortedSet<Integer> yearsLoaded = new TreeSet<>();
        int index = 0;
        for (InboxFile file : inbox) {
            index++;
            Optional<String> stillRetracted = stillRetracted(file);
            if (stillRetracted.isPresent()) {
                retracted.add(file.path().toString());
                progress.skipped(index, inbox.size(), file, stillRetracted.get());
                continue;
            }
            IngestOutcome outcome = ingest(file);
            outcomes.add(outcome);
            progress.file(index, inbox.size(), outcome);
            if (outcome.status() == IngestOutcome.Status.LOADED) {
                yearsLoaded.add(outcome.year());
            }
        }
        if (!andBuild) {
            return new NightlySummary(found.size(), outcomes, retracted, settled.arriving(), List.of(), List.of(),
                    NightlySummary.Build.NOT_RUN, Duration.ofNanos(System.nanoTime() - started));
        }
        long buildStarted = System.nanoTime();
        boolean upToDate = build.upToDate();
        List<String> buildFailures = upToDate ? List.of() : build.build();
        // up to date: nothing the build reads changed since the warehouse in place was built, it would be written again
        String result = upToDate ? Messages.text("build.up-to-date") : buildFailures.isEmpty()
                ? Messages.text("build.done") : Messages.text("build.failed", String.join("; ", buildFailures));
        progress.step("build", millisSince(buildStarted), result);
        List<String> afterFailures = buildFailures.isEmpty()
                ? runAfterBuild(new AfterBuildStep.Context(yearsLoaded, reportYears), progress) : List.of();
        return new NightlySummary(found.size(), outcomes, retracted, settled.arriving(), buildFailures, afterFailures,
                upToDate ? NightlySummary.Build.UP_TO_DATE : NightlySummary.Build.RUN,
                Duration.ofNanos(System.nanoTime() - started));
    }

    /** The after-build steps; the yearly run calls this with its report year. */
    List<String> runAfterBuild(AfterBuildStep.Context context, RunProgress progress) {
        List<String> failures = new ArrayList<>();
        for (AfterBuildStep step : afterBuild) {
            long started = System.nanoTime();
            List<String> stepFailures;
            try {
                stepFailures = step.run(context);
            } catch (RuntimeException e) {
                stepFailures = List.of(failure(e));
            }
            stepFailures.forEach(f -> failures.add(step.name() + ": " + f));
            progress.step(step.name(), millisSince(started), stepFailures.isEmpty() ? "ok"
                    : "FAILED: " + String.join("; ", stepFailures));
        }
        return failures;
    }

    private IngestOutcome ingest(InboxFile file) {
        if (file.problem() != null) {
            return new IngestOutcome(IngestOutcome.Status.REJECTED, file.path().toString(), file.source(),
                    file.year(), 0, 0, 0, List.of(file.problem()), null, null, Duration.ZERO, null);
        }
        long started = System.nanoTime();
        try {
            return ingest.ingest(file.path(), file.source(), file.year(), null);
        } catch (RuntimeException e) {
            // One broken file (unreadable, vanished mid-run) must not stop the others: it becomes a FAILED line.
            return new IngestOutcome(IngestOutcome.Status.FAILED, file.name(), file.source(), file.year(), 0, 0, 0,
                    List.of(failure(e)), null, null,
                    Duration.ofNanos(System.nanoTime() - started), null);
        }
    }

    private String failure(RuntimeException e) {
        return NoSpaceLeft.describe(e, properties.home()).orElse(e.getClass().getSimpleName() + ": " + e.getMessage());
    }

    /** Why the file stays out, if its partition's newest entry retracted this very file and it was not re-dropped. */
    private Optional<String> stillRetracted(InboxFile file) {
        if (file.problem() != null) {
            return Optional.empty();
        }
        String table = catalog.source(file.source()).orElseThrow().table().tableName();
        Optional<ManifestEntry> retraction = lake.retraction(table, file.source(), file.year());
        if (retraction.isEmpty() || file.modified().isAfter(retraction.get().committedAt())
                || !FileDigest.sha256(file.path()).equals(retraction.get().sha256())) {
            return Optional.empty();
        }
        return Optional.of("retracted on " + retraction.get().committedAt()
                + "; remove it from the inbox, or copy it in again to load it again");
    }

    private static long millisSince(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }
}
