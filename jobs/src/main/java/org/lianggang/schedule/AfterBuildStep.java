package org.lianggang.schedule;

import java.util.List;
import java.util.SortedSet;

/**
 * Work a run does once the warehouse is built and swapped in, such as writing the reports. Every bean of this type
 * runs (in Spring {@code @Order}) only after a successful build, still under the run lock. The report writer plugs
 * in here through a small adapter in this package, so that {@code report} never depends on {@code schedule}.
 */
public interface AfterBuildStep {

    /** A short name for the log and the summary, e.g. {@code report}. */
    String name();

    /** Runs the step; returns the failure messages, empty on success. */
    List<String> run(Context context);

    /**
     * What the step may want to know about the run.
     *
     * @param yearsLoaded the report years this run loaded files for (empty when nothing changed)
     * @param reportYears the years whose reports are due: the yearly run's report year, the years a large demo
     *                    prints; empty for a nightly run, which writes every year its loads changed
     */
    record Context(SortedSet<Integer> yearsLoaded, SortedSet<Integer> reportYears) {
    }
}
