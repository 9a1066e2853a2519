package org.lianggang.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lianggang.LianggangProperties;

/**
 * The rounding and wording macros of {@code warehouse/15_conventions.sql}, run in DuckDB as the build renders them,
 * on the figures of shared/domain (worked checks) and the examples.
 */
class ConventionsSqlTest {

    private static final Path MODEL = Path.of("../warehouse/15_conventions.sql");

    @ParameterizedTest(name = "{0} with {1} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            100.0 * 59 / 77 | HALF_UP | 76.62
            100.0 * 22 / 26 | HALF_UP | 84.62
            100.0 * 22 / 26 | DOWN    | 84.61
            100.0 * 37 / 49 | HALF_UP | 75.51
            100.0 * 8 / 59  | HALF_UP | 13.56
            100.0 * 60 / 79 | HALF_UP | 75.95
            84.615          | HALF_UP | 84.62
            -6.655          | HALF_UP | -6.66
            """)
    void roundsAsTheReportPrints(String expression, String mode, String printed) throws SQLException {
        assertThat(query(mode, "printf('%.2f', lg_round(" + expression + ", 2))")).isEqualTo(printed);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            '上年', 99.9 - 97.8, pct_change(99.9, 97.8), 'points', '%'           | 比上年提高2.1个百分点
            '上年', 18.3 - 19.6, pct_change(18.3, 19.6), 'percent', '1/10万'     | 比上年降低6.6%
            '2010年', 18.3 - 30.0, pct_change(18.3, 30.0), 'percent', '1/10万'   | 比2010年降低39.0%
            '上年', 4.64 - 5.34, pct_change(4.64, 5.34), 'points', '‰'           | 比上年下降0.7个千分点
            '上年', 98.82 - 97.94, pct_change(98.82, 97.94), 'points', '%'       | 比上年提高0.88个百分点
            '上年', 3537 - 3001, pct_change(3537, 3001), 'percent', '人'         | 比上年增长17.9%
            '上年', 19.6 - 22.3, pct_change(19.6, 22.3), 'points', '1/10万'      | 比上年下降2.7个十万分点
            '上年', 0.001, pct_change(50.001, 50), 'points', '%'                 | 与上年持平
            '上年', 77.37 - 76.85, pct_change(77.37, 76.85), 'points', '岁'      | 比上年提高0.52岁
            """)
    void wordsChangesInTheIndicatorsStyle(String arguments, String text) throws SQLException {
        assertThat(query("HALF_UP", "change_phrase(" + arguments + ")")).isEqualTo(text);
    }

    @ParameterizedTest(name = "{0} printed as {1}")
    @CsvSource(delimiter = '|', textBlock = """
            100.0 * 37 / 49 | 75.51 | true
            100.0 * 37 / 49 | 77.51 | false
            100.0 * 22 / 26 | 84.61 | true
            100.0 * 22 / 26 | 84.62 | true
            100.0 * 22 / 26 | 84.6  | true
            100.0 * 8 / 59  | 13.57 | false
            100.0 * 90 / 94 | 96    | true
            """)
    void publishedFigureMatchesWhenRoundedOrTruncated(String expression, String printed, String matches)
            throws SQLException {
        int decimals = printed.contains(".") ? printed.length() - printed.indexOf('.') - 1 : 0;
        assertThat(query("HALF_UP", "printed_as(" + printed + ", " + expression + ", " + decimals + ")"))
                .isEqualTo(matches);
    }

    /**
     * lianggang.report.previous-year-wording: 上年 (the seed report's 比上年) or the year named — 2022's change on
     * 2021 reads 比2021年提高2.1个百分点; a baseline change always names its year.
     */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            上年 | change_phrase(previous_year_text(2022), 99.9 - 97.8, null, 'points', '%')     | 比上年提高2.1个百分点
            year | change_phrase(previous_year_text(2022), 99.9 - 97.8, null, 'points', '%')     | 比2021年提高2.1个百分点
            year | change_phrase(previous_year_text(2021), 3537 - 3001, pct_change(3537, 3001), 'percent', '人') | 比2020年增长17.9%
            year | previous_year_text(2030)                                                    | 2029年
            上年 | previous_year_text(2030)                                                    | 上年
            """)
    void thePreviousYearIsWordedAsConfigured(String wording, String expression, String text) throws SQLException {
        assertThat(query("HALF_UP", wording, expression)).isEqualTo(text);
    }

    private static String query(String mode, String expression) throws SQLException {
        return query(mode, "上年", expression);
    }

    private static String query(String mode, String previousYearWording, String expression) throws SQLException {
        Map<String, String> variables = new HashMap<>();
        variables.put("previous_year_wording", previousYearWording);
        for (String name : new String[] {"rate_denominator", "basically_met_counts", "progress_on_track",
                "progress_acceleration_needed"}) {
            variables.put(name, "0");
        }
        variables.put("rounding_decimals", "2");
        variables.put("change_percent_decimals", "1");
        variables.put("rounding_mode", mode);
        LianggangProperties.Report.DEFAULT_EVALUATION_LABELS.forEach((code, label) ->
                variables.put("evaluation_label_" + code, label));
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
             Statement statement = connection.createStatement()) {
            statement.execute(SqlModels.render(MODEL, variables));
            try (ResultSet rs = statement.executeQuery("SELECT " + expression)) {
                rs.next();
                return rs.getString(1);
            }
        }
    }
}
