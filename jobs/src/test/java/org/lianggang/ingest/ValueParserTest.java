package org.lianggang.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ValueParserTest {

    @Test
    void parsesPlainDecimalAndThousandSeparatedNumbers() {
        assertThat(ValueParser.parse("4512").value()).isEqualTo(4512.0);
        assertThat(ValueParser.parse(" 98.82 ").value()).isEqualTo(98.82);
        assertThat(ValueParser.parse("45,120").value()).isEqualTo(45120.0);
        assertThat(ValueParser.parse("-2").value()).isEqualTo(-2.0);
    }

    @Test
    void blanksAndPlaceholdersAreMissingNeverZero() {
        for (String cell : new String[] {"", "  ", "—", "-", "无", "/"}) {
            ParsedCell parsed = ValueParser.parse(cell);
            assertThat(parsed.numeric()).as(cell).isTrue();
            assertThat(parsed.value()).as(cell).isNull();
            assertThat(parsed.missingReason()).as(cell).isNotBlank();
        }
    }

    @Test
    void textIsNotANumber() {
        assertThat(ValueParser.parse("一百").numeric()).isFalse();
        assertThat(ValueParser.parse("12a").numeric()).isFalse();
    }

    @Test
    void headersMatchAcrossFullWidthBracketsAndSpaces() {
        assertThat(HeaderMapping.normalize("活产数（人）")).isEqualTo(HeaderMapping.normalize("活产数 (人)"));
    }
}
