package org.lianggang.ingest;

import java.util.List;

/** An input file was refused; nothing of it was written. Carries every problem found. */
public class InputRejectedException extends RuntimeException {

    private final List<Problem> problems;

    public InputRejectedException(List<Problem> problems) {
        super(problems.size() + " problem(s), first: " + problems.get(0));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
