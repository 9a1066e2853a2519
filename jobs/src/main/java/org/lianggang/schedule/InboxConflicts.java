package org.lianggang.schedule;

import org.lianggang.Messages;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.lianggang.ingest.IngestOutcome;
import org.lianggang.ingest.problem.Problem;
import org.lianggang.ingest.problem.ProblemCode;

/**
 * A partition holds one file, so two or more files for one (source, year) in the inbox cannot all be loaded: the
 * nightly run would load them in turn, night after night, and which one ends up current would depend on the run.
 * Such a (source, year) is refused as a whole, with one problem line naming every file, and its partition stays
 * as it is until the operator moves the superseded file out.
 */
final class InboxConflicts {

    /** The files that may be ingested, and one REJECTED outcome per conflicting (source, year). */
    record Split(List<InboxFile> loadable, List<IngestOutcome> refused) {
    }

    private InboxConflicts() {
    }

    static Split split(List<InboxFile> files) {
        Map<String, List<InboxFile>> byPartition = new LinkedHashMap<>();
        List<InboxFile> loadable = new ArrayList<>();
        for (InboxFile file : files) {
            if (file.problem() != null) {
                loadable.add(file);
            } else {
                byPartition.computeIfAbsent(file.source() + "/" + file.year(), k -> new ArrayList<>()).add(file);
            }
        }
        List<IngestOutcome> refused = new ArrayList<>();
        for (List<InboxFile> partition : byPartition.values()) {
            if (partition.size() == 1) {
                loadable.add(partition.get(0));
            } else {
                refused.add(refusal(partition));
            }
        }
        return new Split(loadable, refused);
    }

    private static IngestOutcome refusal(List<InboxFile> files) {
        InboxFile first = files.get(0);
        String folder = first.path().getParent().toString() + "/";
        String names = files.stream().map(InboxFile::name).collect(Collectors.joining("、"));
        Problem problem = Problem.ofFile(ProblemCode.CONFLICTING_FILES, folder, Messages.text(
                "problem.conflicting-files", first.source(), first.year(), files.size(), names));
        return new IngestOutcome(IngestOutcome.Status.REJECTED, folder, first.source(), first.year(), 0, 0, 0,
                List.of(problem.toString()), null, null, Duration.ZERO, null);
    }
}
