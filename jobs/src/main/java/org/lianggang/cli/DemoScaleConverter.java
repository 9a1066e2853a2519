package org.lianggang.cli;

import org.lianggang.demo.DemoScale;
import picocli.CommandLine;

/** {@code demo --scale city|province|country}. */
final class DemoScaleConverter implements CommandLine.ITypeConverter<DemoScale> {

    @Override
    public DemoScale convert(String value) {
        return DemoScale.ofWord(value.strip()).orElseThrow(() -> new CommandLine.TypeConversionException(
                "规模 '" + value + "' 应为 city、province 或 country · scale '" + value
                        + "' must be city, province or country"));
    }
}
