package org.lianggang.cli;

import java.time.Duration;
import org.lianggang.Messages;
import org.springframework.boot.convert.DurationStyle;
import picocli.CommandLine;

/** Durations as an operator writes them: {@code 30s}, {@code 30m}, {@code 2h}, {@code 365d} (or ISO {@code PT30M}). */
final class DurationConverter implements CommandLine.ITypeConverter<Duration> {

    @Override
    public Duration convert(String value) {
        try {
            return DurationStyle.detectAndParse(value);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException(Messages.text("usage-error.duration", value));
        }
    }
}
