package org.lianggang.pipeline;

import java.util.List;

/**
 * The expected outcome of one corpus file, as written in {@code corpus/expected.yaml} by a person who checked it.
 *
 * @param year     the --year given, or null when the file name names it
 * @param status   LOADED or REJECTED
 * @param rows     data rows read and rejected, by the dry run and the load alike (0, 0 when refused before its rows
 *                 were all read: wrong encoding, missing column, truncated)
 * @param written  values written by the real load (0 when refused)
 * @param problems the exact problem lines {@code file:row:column: CODE message [cell]}, warnings included
 * @param values   values read back from the lake after a load
 */
record CorpusCase(String file, String defect, String source, Integer year, String status, Rows rows, long written,
                  List<String> problems, List<Value> values) {

    CorpusCase {
        problems = problems == null ? List.of() : List.copyOf(problems);
        values = values == null ? List.of() : List.copyOf(values);
    }

    boolean loaded() {
        return status.equals("LOADED");
    }

    @Override
    public String toString() {
        return file;
    }

    record Rows(long read, long rejected) {
    }

    /** One stored value: a number, or missing with its reason (then value is null). */
    record Value(String region, String element, String sex, Double value, String missing) {

        Value {
            sex = sex == null ? "T" : sex;
        }
    }
}
