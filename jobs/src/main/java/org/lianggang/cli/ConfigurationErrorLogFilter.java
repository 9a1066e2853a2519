package org.lianggang.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.lianggang.catalog.CatalogException;
import org.slf4j.Marker;

/**
 * Keeps Spring's context from logging a broken {@code schemas/} or a refused setting a second time, as a warning that packs the whole
 * bean-creation chain into one line: {@link ConfigurationErrorReporter} prints the problem block itself. The
 * warning names the exception only in its text, so it is recognised by the block's heading or by Spring's words
 * for a setting that could not be bound. Installed by
 * {@code logback-spring.xml}.
 */
public final class ConfigurationErrorLogFilter extends TurboFilter {

    private static final String UNBOUND_SETTING = "Could not bind properties to";

    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params,
                              Throwable t) {
        return level == Level.WARN && format != null && logger.getName().startsWith("org.springframework.context")
                && (format.contains(CatalogException.HEADING) || format.contains(UNBOUND_SETTING))
                ? FilterReply.DENY : FilterReply.NEUTRAL;
    }
}
