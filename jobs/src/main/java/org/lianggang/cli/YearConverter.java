package org.lianggang.cli;

import org.lianggang.Messages;
import picocli.CommandLine;

/**
 * A report year as {@code --year} takes it: four digits from 1949 to 2100. A mistyped year (20199) would otherwise
 * be taken as given, and publish {@code reports/20199} or look for a partition that can never exist.
 */
final class YearConverter implements CommandLine.ITypeConverter<Integer> {

    static final int FIRST = 1949;
    static final int LAST = 2100;

    @Override
    public Integer convert(String value) {
        int year;
        try {
            year = Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new CommandLine.TypeConversionException(Messages.text("usage-error.year-not-a-number", value));
        }
        if (year < FIRST || year > LAST) {
            throw new CommandLine.TypeConversionException(Messages.text("usage-error.year-out-of-range", year, FIRST,
                    LAST));
        }
        return year;
    }
}
