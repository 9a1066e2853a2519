package org.lianggang.ingest;

/**
 * Hears how far a load has got: every block of rows read, and once the partition is staged and about to be
 * committed. The default logs; tests plug in one that fails at a chosen point.
 */
public interface IngestProgress {

    void rowsRead(String file, long rows);

    void staged(String file, long rows);
}
