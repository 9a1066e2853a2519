package org.lianggang.cli;

import java.util.Optional;
import org.lianggang.Messages;
import org.lianggang.catalog.CatalogException;
import org.springframework.boot.SpringBootExceptionReporter;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * When Spring cannot start because {@code schemas/} is broken (the catalog bean failed) or a setting is wrong (a
 * {@code lianggang.*} value in application.yml, the environment or the command line that its settings record
 * refuses), prints the problem on stderr instead of Spring's stack trace; the application then exits with
 * {@link ExitCode#CONFIGURATION}. Registered in {@code META-INF/spring.factories}.
 */
public final class ConfigurationErrorReporter implements SpringBootExceptionReporter {

    public ConfigurationErrorReporter(ConfigurableApplicationContext context) {
        // Spring's contract for reporters; the context is not needed.
    }

    @Override
    public boolean reportException(Throwable failure) {
        Optional<String> problem = catalogError(failure).map(CatalogException::block).or(() -> settingError(failure));
        problem.ifPresent(System.err::println);
        return problem.isPresent();
    }

    /** Whether a failed start is a configuration error: a broken {@code schemas/} or a refused setting. */
    public static boolean isConfigurationError(Throwable failure) {
        return catalogError(failure).isPresent() || settingError(failure).isPresent();
    }

    /** A setting its record refused: which one, where it was set, and the record's reason. */
    static Optional<String> settingError(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof BindException e) {
                Throwable reason = e;
                while (reason.getCause() != null) {
                    reason = reason.getCause();
                }
                String where = e.getProperty() == null || e.getProperty().getOrigin() == null ? ""
                        : Messages.text("configuration-error.setting-origin", e.getProperty().getOrigin());
                return Optional.of(Messages.text("configuration-error.setting", e.getName(), where,
                        reason.getMessage()));
            }
        }
        return Optional.empty();
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
