package org.lianggang.ingest.map;

import java.util.List;
import java.util.function.Consumer;
import org.lianggang.ingest.problem.Problem;
import org.lianggang.ingest.read.row.ExportRow;

/**
 * Turns the rows of an export into lake records. A row with any problem yields no record at all, so a row is
 * either loaded whole or rejected whole.
 *
 * @param <T> the lake record type
 */
public interface RowMapper<T> {

    void map(ExportRow row, List<Problem> problems, Consumer<T> out);

    /** A totals row (合计): not stored; a mapper that can check it against its rows does so in {@link #finish}. */
    default void total(ExportRow row, List<Problem> problems) {
    }

    /** Called after the last row, for checks over the whole file. */
    default void finish(List<Problem> problems) {
    }
}
