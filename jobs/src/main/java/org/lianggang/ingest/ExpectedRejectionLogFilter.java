package org.lianggang.ingest;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.lianggang.ingest.problem.InputRejectedException;
import org.slf4j.Marker;

/**
 * Keeps Spring Batch from logging a refused export as an ERROR with a stack trace. A refusal is an expected outcome,
 * not a failure of the program: its problems are printed as {@code file:row:column: CODE message} lines, written to
 * the rejects CSV and kept in the job history, and the trace would only bury them. Any other exception is logged as
 * before. Installed by {@code logback-spring.xml}.
 */
public final class ExpectedRejectionLogFilter extends TurboFilter {

    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params,
                              Throwable t) {
        return t instanceof InputRejectedException && logger.getName().startsWith("org.springframework.batch")
                ? FilterReply.DENY : FilterReply.NEUTRAL;
    }
}
