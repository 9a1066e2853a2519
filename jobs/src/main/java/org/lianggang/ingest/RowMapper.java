package org.lianggang.ingest;

import java.util.List;
import java.util.function.Consumer;

/**
 * Turns one export row into lake records. A row with any problem yields no record at all, so a row is either
 * loaded whole or rejected whole.
 *
 * @param <T> the lake record type
 */
interface RowMapper<T> {

    void map(ExportRow row, List<Problem> problems, Consumer<T> out);
}
