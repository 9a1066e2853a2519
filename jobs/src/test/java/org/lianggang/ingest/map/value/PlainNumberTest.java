package org.lianggang.ingest.map.value;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The fast path for plain numbers agrees with the full parser on every text it accepts, and leaves it the rest. */
class PlainNumberTest {

    @Test
    void plainNumbersReadAsTheFullParserReadsThem() {
        for (String text : List.of("0", "7", "007", "12345", "999999999999999", "4.5", "0.001", "98.82", "10.0")) {
            assertThat(PlainNumber.is(text)).as(text).isTrue();
            assertThat(PlainNumber.value(text)).as(text).isEqualTo(ValueParser.parse(text, "人", Map.of()).value());
        }
    }

    @Test
    void anythingElseGoesToTheFullParser() {
        for (String text : List.of("", "-2", "-0", "+3", "1,234", "12.", ".5", "1e3", "98%", "１２", "1.2.3",
                "9999999999999999", "—", "无")) {
            assertThat(PlainNumber.is(text)).as(text).isFalse();
        }
    }
}
