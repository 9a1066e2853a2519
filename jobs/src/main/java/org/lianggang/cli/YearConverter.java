package org.lianggang.cli;

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
            throw new CommandLine.TypeConversionException("年份 '" + value + "' 不是数字 · '" + value
                    + "' is not a year");
        }
        if (year < FIRST || year > LAST) {
            throw new CommandLine.TypeConversionException("年份 " + year + " 不在 " + FIRST + "–" + LAST + " 之间 · year "
                    + year + " is outside " + FIRST + ".." + LAST);
        }
        return year;
    }
}
