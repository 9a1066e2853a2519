package org.lianggang.cli;

import java.util.Optional;
import org.lianggang.catalog.CatalogException;
import org.springframework.boot.SpringBootExceptionReporter;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * When Spring cannot start because {@code schemas/} is broken (the catalog bean failed), prints the catalog's
 * problem block on stderr instead of Spring's stack trace; the application then exits with
 * {@link ExitCodes#CONFIGURATION}. Registered in {@code META-INF/spring.factories}.
 */
public final class ConfigurationErrorReporter implements SpringBootExceptionReporter {

    public ConfigurationErrorReporter(ConfigurableApplicationContext context) {
        // Spring's contract for reporters; the context is not needed.
    }

    @Override
    public boolean reportException(Throwable failure) {
        Optional<CatalogException> error = catalogError(failure);
        error.ifPresent(e -> System.err.println(e.block()));
        return error.isPresent();
    }

    /** The catalog problem behind a failed start, if that is what failed. */
    public static Optional<CatalogException> catalogError(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof CatalogException e) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }
}
