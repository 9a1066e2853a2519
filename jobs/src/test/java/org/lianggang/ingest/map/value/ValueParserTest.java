package org.lianggang.ingest.map.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lianggang.ingest.map.header.HeaderMapping;

class ValueParserTest {

    private static final Map<String, String> MATERNAL_CHILD_CODES = Map.of("-2", "未开展工作");

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

    @ParameterizedTest(name = "parse(\"{0}\") is not a number")
    @CsvSource(delimiter = '|', textBlock = """
            98%
            8.33万
            12人
            4,5
            """)
    void columnUnawareParseAcceptsNoWrittenUnitAndNoLooseComma(String cell) {
        assertThat(ValueParser.parse(cell)).isEqualTo(ParsedCell.notANumber());
    }

    @ParameterizedTest(name = "\"{0}\" in a column of [{1}] is {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # cell            | column unit | value
            4512              |             | 4512
            ' 98.82 '         | %           | 98.82
            '　98.82　'        | %           | 98.82
            １２３．５         |             | 123.5
            －５              |             | -5
            ＋５              |             | 5
            45,120            | 人          | 45120
            1,234,567.5       |             | 1234567.5
            45，120           | 人          | 45120
            -2                | 人          | -2
            98.82%            | %           | 98.82
            98.82％           | %           | 98.82
            4.64‰             | ‰           | 4.64
            9.4/10万          | 1/10万      | 9.4
            9.4/十万          | 1/10万      | 9.4
            9.4／10万          | 1/十万      | 9.4
            98.5/万           | 1/万        | 98.5
            8.33万人          | 人          | 83300
            8.33万            | 人          | 83300
            8.33 万人         | 人          | 83300
            1.5亿             | 人          | 150000000
            3.2万人次         | 人次        | 32000
            1,234人           | 人          | 1234
            12个              | 个          | 12
            12岁              | 岁          | 12
            8.33              | 万人        | 8.33
            8.33万人          | 万人        | 8.33
            83300人           | 万人        | 8.33
            98%               |             | 98
            4.64‰             |             | 4.64
            9.4/10万          |             | 9.4
            8.33万            |             | 83300
            8.33万人          |             | 83300
            1.2E+4            |             | 12000
            1.2E+4            | 人          | 12000
            1.5e-1            | %           | 0.15
            # exact for the decimal text: 0.07 * 10000.0 in doubles is 700.0000000000001
            0.07万            | 人          | 700
            1.1亿             | 人          | 110000000
            """)
    void readsTheNumberInTheColumnsUnit(String cell, String columnUnit, double expected) {
        assertThat(ValueParser.parse(cell, columnUnit, Map.of())).isEqualTo(ParsedCell.number(expected));
    }

    @ParameterizedTest(name = "\"{0}\" is missing: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ''      | blank
            '   '   | blank
            '　'     | blank
            —       | placeholder —
            ——      | placeholder ——
            -       | placeholder -
            --      | placeholder --
            －      | placeholder -
            无      | placeholder 无
            /       | placeholder /
            ／      | placeholder /
            空白    | placeholder 空白
            空      | placeholder 空
            NA      | placeholder NA
            N/A     | placeholder N/A
            n/a     | placeholder n/a
            不详    | placeholder 不详
            -2      | 未开展工作
            ' -2 '  | 未开展工作
            －２     | 未开展工作
            """)
    void blanksPlaceholdersAndMissingCodesAreMissingNeverZero(String cell, String reason) {
        assertThat(ValueParser.parse(cell, "人", MATERNAL_CHILD_CODES)).isEqualTo(ParsedCell.missing(reason));
    }

    @Test
    void missingCodeKeysAreNormalisedLikeCells() {
        assertThat(ValueParser.parse("-2", "人", Map.of("－２", "未开展工作")))
                .isEqualTo(ParsedCell.missing("未开展工作"));
    }

    @ParameterizedTest(name = "\"{0}\" in a column of [{1}] is a unit mismatch")
    @CsvSource(delimiter = '|', textBlock = """
            98%        | 人      | 单元格以 % 填写，但此列单位为 人
            9.4/10万   | %       | 单元格以 /10万 填写，但此列单位为 %
            4.64‰      | %       | 单元格以 ‰ 填写，但此列单位为 %
            98.5/万    | 1/10万  | 单元格以 /万 填写，但此列单位为 1/10万
            9.4/10万   | ‰       | 单元格以 /10万 填写，但此列单位为 ‰
            8.33万     | %       | 单元格以 万 填写，但此列单位为 %
            98人       | %       | 单元格以 人 填写，但此列单位为 %
            12个       | 人      | 单元格以 个 填写，但此列单位为 人
            5人次      | 人      | 单元格以 人次 填写，但此列单位为 人
            8.33万人   | 个      | 单元格以 万人 填写，但此列单位为 个
            """)
    void aUnitThatContradictsTheColumnIsAMismatchNotAValue(String cell, String columnUnit, String message) {
        assertThat(ValueParser.parse(cell, columnUnit, Map.of())).isEqualTo(ParsedCell.unitMismatch(message));
    }

    @Test
    void aUnitMismatchIsNotNumericSoColumnUnawareCallersRejectIt() {
        ParsedCell mismatch = ValueParser.parse("98%", "人", Map.of());
        assertThat(mismatch.unitMismatch() && !mismatch.numeric() && mismatch.value() == null).isTrue();
    }

    @ParameterizedTest(name = "\"{0}\" in a column of [{1}] is not a number")
    @CsvSource(delimiter = '|', textBlock = """
            一百        |
            一百        | 人
            12a        |
            1..2       |
            1.2.3      |
            4,5        |
            4,5        | 人
            4，5        | 人
            1,23       |
            12,3456    |
            1,234,56   |
            ,123       |
            12 345     |
            (12)       |
            1e         |
            e5         |
            +          |
            .          |
            1e400      |
            98%%       | %
            9.4/百万    |
            12以上      | 人
            12以上      |
            %          | %
            万          | 人
            """)
    void textIsNotANumberInAnyColumn(String cell, String columnUnit) {
        assertThat(ValueParser.parse(cell, columnUnit, Map.of())).isEqualTo(ParsedCell.notANumber());
    }

    /** A column in 万人 feeding an element counted in 人 stores 人, so it sums with counties that report in 人. */
    @ParameterizedTest(name = "\"{0}\" in a [{1}] column of a [{2}] element is {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # cell            | column unit | element unit | stored value
            8.33              | 万人        | 人           | 83300
            8.33万人          | 万人        | 人           | 83300
            8.33万人          | 人          | 人           | 83300
            83300人           | 万人        | 人           | 83300
            0.07              | 万人        | 人           | 700
            1.5               | 亿          | 人           | 150000000
            3.2               | 万人次      | 人次         | 32000
            12.5              | 万元        | 元           | 125000
            98.82%            | %           | %            | 98.82
            98.82             | %           | %            | 98.82
            """)
    void storesTheValueInTheElementsUnit(String cell, String columnUnit, String elementUnit, double expected) {
        assertThat(ValueParser.parse(cell, columnUnit, elementUnit, Map.of())).isEqualTo(ParsedCell.number(expected));
    }

    @Test
    void aColumnUnitThatCannotHoldTheElementIsALayoutError() {
        assertThatThrownBy(() -> ValueParser.parse("8.33", "%", "人", Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("a column in % cannot hold an element in 人");
        assertThatThrownBy(() -> ValueParser.parse("12", "万户", "人", Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("a column in 万户 cannot hold an element in 人");
    }

    @Test
    void missingCellsStayMissingWhateverTheUnits() {
        assertThat(ValueParser.parse("-2", "万人", "人", MATERNAL_CHILD_CODES)).isEqualTo(ParsedCell.missing("未开展工作"));
        assertThat(ValueParser.parse("—", "万人", "人", Map.of())).isEqualTo(ParsedCell.missing("placeholder —"));
    }

    @Test
    void headersMatchAcrossFullWidthBracketsAndSpaces() {
        assertThat(HeaderMapping.normalize("活产数（人）")).isEqualTo(HeaderMapping.normalize("活产数 (人)"));
    }
}
