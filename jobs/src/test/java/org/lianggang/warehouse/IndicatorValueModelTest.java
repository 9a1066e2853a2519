package org.lianggang.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Given/expect for the central model {@code warehouse/30_indicator_value.sql} on an in-memory DuckDB: the given
 * tables (test resource {@code models/indicator_value_given.sql}, a city of two counties and a zone), the model as
 * the build runs it, and every row it computes, hand-checked.
 */
class IndicatorValueModelTest {

    private static final Path MODEL = Path.of("../warehouse/30_indicator_value.sql");
    private static final Path GIVEN = Path.of("src/test/resources/models/indicator_value_given.sql");

    @Test
    void aCityTakesTheRatioOfItsUnitsSummedPartsNeverAnAverageOfTheirRates() throws Exception {
        List<String> rows = run("select region_code, indicator_code, year, numerator, denominator,"
                + " round(value, 4), counties_reporting, value_source from indicator_value order by all");
        assertThat(rows).containsExactly(
                // (3 + 9 + 0) / (1000 + 2000 + 500) × 1000 = 3.4286 ‰; the average of the rates would be 2.5
                // (3, 4.5, 0), and the city's own 99/99 is replaced by the sum of its reporting units
                "450200 W1 2019 12.0 3500.0 3.4286 3 sum_of_units",
                "450200 W2 2019 6.0 null 6.0 2 sum_of_counties",
                // 450221 is 450206's former code: its figures are the series 450206's
                "450206 W1 2019 3.0 1000.0 3.0 null county",
                "450222 W1 2019 9.0 2000.0 4.5 null county",
                "450222 W2 2019 2.0 null 2.0 null county",
                // no births: no rate of its own, and not a unit of the city's sum
                "450223 W1 2019 5.0 null null null county",
                "450223 W2 2019 4.0 null 4.0 null county",
                "450250 W1 2019 0.0 500.0 0.0 null zone");
    }

    private static List<String> run(String query) throws Exception {
        return GivenModels.rows(List.of(GIVEN, MODEL), Map.of(), query);
    }
}
