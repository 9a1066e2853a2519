package org.lianggang.ingest;

import java.util.List;

/** What a load did: how many rows it read and wrote, whether the partition was already up to date, its warnings. */
record LoadResult(boolean unchanged, long rowsRead, long rowsWritten, List<Problem> warnings) {
}
