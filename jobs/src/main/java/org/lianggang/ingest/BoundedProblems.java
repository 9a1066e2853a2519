package org.lianggang.ingest;

import org.lianggang.Messages;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lianggang.ingest.problem.Problem;
import org.lianggang.ingest.problem.ProblemCode;

/**
 * The problems of one file, in bounded memory: every problem counted by its code, and the first
 * {@link #LISTED_PER_CODE} of each code kept to be listed. A file with a million bad cells is refused like one with
 * ten, with a line per code that overflowed giving its total; every rejected row, with all its reasons, still goes to
 * the rejects CSV as it is read ({@link RejectedRows}).
 */
final class BoundedProblems {

    static final int LISTED_PER_CODE = 1_000;

    private final String fileName;
    private final List<Problem> listed = new ArrayList<>();
    private final Map<ProblemCode, Long> counts = new EnumMap<>(ProblemCode.class);

    BoundedProblems(String fileName) {
        this.fileName = fileName;
    }

    void add(Problem problem) {
        long count = counts.merge(problem.code(), 1L, Long::sum);
        if (count <= LISTED_PER_CODE) {
            listed.add(problem);
        }
    }

    void addAll(Collection<Problem> problems) {
        problems.forEach(this::add);
    }

    boolean anyOf(Set<ProblemCode> codes) {
        return codes.stream().anyMatch(counts::containsKey);
    }

    /**
     * The problems to show: first one line per code with more problems than were kept, giving its total (so that a
     * shortened list still opens with them), then the problems kept, in the order found.
     */
    List<Problem> listed() {
        List<Problem> shown = new ArrayList<>();
        counts.forEach((code, count) -> {
            if (count > LISTED_PER_CODE) {
                shown.add(Problem.ofFile(code, fileName, Messages.text("problem.more-of-code", count, LISTED_PER_CODE)));
            }
        });
        shown.addAll(listed);
        return shown;
    }
}
