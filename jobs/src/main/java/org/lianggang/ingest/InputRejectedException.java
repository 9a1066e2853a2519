package org.lianggang.ingest;

import java.nio.file.Path;
import java.util.List;

/** An input file was refused; nothing of it was written. Carries every problem found and the rejects CSV. */
public class InputRejectedException extends RuntimeException {

    private final List<Problem> problems;
    private final transient Path rejectsFile;

    public InputRejectedException(List<Problem> problems) {
        this(problems, null);
    }

    InputRejectedException(List<Problem> problems, Path rejectsFile) {
        super(problems.size() + " problem(s), first: " + problems.stream().filter(p -> !p.code().warning())
                .findFirst().orElse(problems.get(0)));
        this.problems = List.copyOf(problems);
        this.rejectsFile = rejectsFile;
    }

    public List<Problem> problems() {
        return problems;
    }

    public Path rejectsFile() {
        return rejectsFile;
    }
}
