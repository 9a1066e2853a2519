package org.lianggang.ingest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Logs the progress of a load at debug level, one line per block of rows. */
@Component
class LoggingIngestProgress implements IngestProgress {

    private static final Logger log = LoggerFactory.getLogger(LoggingIngestProgress.class);

    @Override
    public void rowsRead(String file, long rows) {
        log.debug("{}: {} rows read", file, rows);
    }

    @Override
    public void staged(String file, long rows) {
        log.debug("{}: {} rows staged, committing", file, rows);
    }
}
