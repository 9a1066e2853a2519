package org.lianggang.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Given/expect for {@code warehouse/95_report_flag.sql}, the value flags (数据标记) every export prints, on an
 * in-memory DuckDB: the given tables of {@code models/value_flag_given.sql} and every flagged figure, hand-checked.
 * p 暂定数 when an expected export carrying the indicator is missing or incomplete that year; r 修订数 when the figure
 * is in report_revision; E 慎用 when a ratio's denominator is below the threshold of its code, else of its unit.
 */
class ValueFlagModelTest {

    private static final Path GIVEN = Path.of("src/test/resources/models/value_flag_given.sql");
    private static final Path MODEL = GivenModels.WAREHOUSE.resolve("95_report_flag.sql");
    private static final String FLAGS = "select year, region_code, indicator_code, area, flags from value_flag"
            + " order by all";

    @Test
    void eachFigureCarriesTheFlagsItsSourcesRevisionAndDenominatorCallFor() throws Exception {
        assertThat(run(Map.of(), FLAGS)).containsExactly(
                // 2019: K revised (r); M of the county from 2,501 births < 20,000 (E); the city's 41,961 none;
                // Q's assessment export never came (p); the urban row without a value is no E
                "2019 450200 K total r",
                "2019 450200 Q total p",
                "2019 450206 M total E",
                // 2020: the health export is incomplete (p on every M); 19,999 < 20,000 is E, 20,000 is not;
                // K's export is not expected that year (no p)
                "2020 450200 M total p",
                "2020 450206 M total pE");
    }

    @Test
    void anIndicatorsOwnThresholdWinsOverItsUnits() throws Exception {
        // M's own 45000 against the unit's 20000: the city's 41,961 and 20,000 births are now below it too
        assertThat(run(Map.of("flag_caution_min_denominator", "1/10万=20000\nM=45000"), FLAGS)).containsExactly(
                "2019 450200 K total r", "2019 450200 M total E", "2019 450200 Q total p", "2019 450206 M total E",
                "2020 450200 M total pE", "2020 450206 M total pE");
        assertThat(run(Map.of("flag_caution_min_denominator", "1/10万=20000\nM=45000"),
                "select setting_key, value from report_setting order by all")).containsExactly(
                "flag_caution_min_denominator_1/10万 20000.0", "flag_caution_min_denominator_M 45000.0");
    }

    @Test
    void theLegendNamesTheThreeFlags() throws Exception {
        assertThat(run(Map.of(), "select flag, flag_name from report_flag_legend order by all"))
                .containsExactly("E 慎用", "p 暂定数", "r 修订数");
    }

    private static List<String> run(Map<String, String> settings, String query) throws Exception {
        Map<String, String> variables = GivenModels.defaultVariables();
        variables.put("flag_caution_min_denominator", "1/10万=20000\n1/万=2000");
        variables.putAll(settings);
        return GivenModels.rows(List.of(GIVEN, MODEL), variables, query);
    }
}
