package org.lianggang.cli;

import org.lianggang.Messages;
import org.lianggang.demo.DemoScale;
import picocli.CommandLine;

/** {@code demo --scale city|province|country}. */
final class DemoScaleConverter implements CommandLine.ITypeConverter<DemoScale> {

    @Override
    public DemoScale convert(String value) {
        return DemoScale.ofWord(value.strip()).orElseThrow(() -> new CommandLine.TypeConversionException(
                Messages.text("usage-error.scale", value)));
    }
}
