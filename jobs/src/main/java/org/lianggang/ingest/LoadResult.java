package org.lianggang.ingest;

import java.nio.file.Path;
import java.util.List;
import org.lianggang.ingest.problem.Problem;

/**
 * What a load (or a dry run) found: rows read and rejected, records written, whether the partition already held
 * the file, every problem (warnings included), and the rejects CSV if one was written.
 */
record LoadResult(boolean unchanged, boolean accepted, long rowsRead, long rowsRejected, long recordsWritten,
                  List<Problem> problems, Path rejectsFile) {

    static LoadResult alreadyLoaded() {
        return new LoadResult(true, true, 0, 0, 0, List.of(), null);
    }
}
