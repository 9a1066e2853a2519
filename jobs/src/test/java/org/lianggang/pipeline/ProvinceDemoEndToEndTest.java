package org.lianggang.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.lianggang.cli.ExitCode;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * {@code demo --scale province} end to end through the real command line: 广西壮族自治区 450000 as the root (set by
 * the scale alone), its 14 cities and the 111 counties of the national table (柳州's 柳江区 450206 included, its
 * former 柳江县 450221 folded into it). To stay within the suite's time the scenario is the shipped one cut to the
 * years 2018–2019 (the 2019 path values unchanged: pivot_year stays 2019).
 */
@ExtendWith(OutputCaptureExtension.class)
class ProvinceDemoEndToEndTest {

    @TempDir
    static Path home;

    private static String printed;

    @BeforeAll
    static void runDemo(CapturedOutput output) throws Exception {
        String shipped = Files.readString(Pipeline.SCHEMAS.resolve("demo/liuzhou-2010-2020.yaml"));
        assertThat(shipped).contains("years: {from: 2010, to: 2020}");
        Path scenario = home.resolve("guangxi-2018-2019.yaml");
        Files.writeString(scenario, shipped.replace("years: {from: 2010, to: 2020}", "years: {from: 2018, to: 2019}"));
        assertThat(Pipeline.run(home, "demo", "--scale", "province", "--scenario", scenario.toString())).isZero();
        printed = output.getOut();
    }

    @Test
    void theScaleAloneMakesTheProvinceTheRoot() throws Exception {
        assertThat(printed).contains("2019年 广西壮族自治区 两纲监测达标情况");
        assertThat(Pipeline.rows(home, "SELECT level, count(*) FROM dim_region WHERE successor_code IS NULL"
                + " AND level <> 'zone' GROUP BY level ORDER BY level")).containsExactly(
                List.of("city", "14"), List.of("county", "111"),
                List.of("province", "1"));
        assertThat(Pipeline.rows(home, "SELECT DISTINCT counties_reporting FROM indicator_value"
                + " WHERE region_code = '450000' AND indicator_code = 'W1.03'")).containsExactly(
                List.of("111"));
    }

    /**
     * For every ratio indicator, breakdown row (合计, 城市, 农村) and year: 自治区 = Σ its 14 cities = Σ its 111 counties,
     * numerator and denominator.
     */
    @Test
    void provinceTotalEqualsItsCitiesAndItsCountiesForEveryRatioIndicator() throws Exception {
        String sums = """
                WITH ratio_values AS (
                    SELECT v.plan_code, v.indicator_code, v.sex, v.area, v.year, r.level, r.parent_code, v.numerator,
                           v.denominator
                    FROM indicator_value AS v
                    JOIN dim_region AS r USING (region_code)
                    JOIN dim_indicator AS i USING (plan_code, indicator_code)
                    WHERE i.method = 'ratio'
                )
                SELECT plan_code, indicator_code, sex, area, year,
                       sum(numerator) FILTER (WHERE level = 'province') AS province_numerator,
                       sum(numerator) FILTER (WHERE level = 'city' AND parent_code = '450000') AS city_numerator,
                       sum(numerator) FILTER (WHERE level = 'county') AS county_numerator,
                       sum(denominator) FILTER (WHERE level = 'province') AS province_denominator,
                       sum(denominator) FILTER (WHERE level = 'city' AND parent_code = '450000') AS city_denominator,
                       sum(denominator) FILTER (WHERE level = 'county') AS county_denominator,
                       count(*) FILTER (WHERE level = 'city') AS cities,
                       count(*) FILTER (WHERE level = 'county') AS counties
                FROM ratio_values
                GROUP BY ALL
                """;
        assertThat(Pipeline.count(home, "SELECT count(*) FROM (" + sums + ") WHERE year = 2019"))
                .as("ratio indicators with 2019 figures").isGreaterThanOrEqualTo(30);
        assertThat(Pipeline.rows(home, "SELECT * FROM (" + sums + ") WHERE province_numerator IS NULL"
                + " OR province_numerator <> city_numerator OR city_numerator <> county_numerator"
                + " OR province_denominator <> city_denominator OR city_denominator <> county_denominator"
                + " OR cities <> 14 OR counties <> 111")).isEmpty();
    }

    /** Above a city the demo publishes the years it prints (here 2019), not every year it loaded (2018 too). */
    @Test
    void theDemoPublishesTheYearItPrints() {
        assertThat(home.resolve("reports/2019/index.html")).isRegularFile();
        assertThat(home.resolve("reports/2019/report-2019.xlsx")).isRegularFile();
        assertThat(home.resolve("reports/2018")).doesNotExist();
    }

    /** A root given by the caller wins over the scale's; the demo then refuses to run rather than mislabel. */
    @Test
    void aScaleAgainstTheRootInForceIsRefused(@TempDir Path other, CapturedOutput output) {
        assertThat(Pipeline.run(Map.of("lianggang.regions.root", "450200"), "--home", other.toString(), "demo",
                "--scale", "province")).isEqualTo(ExitCode.USAGE.code());
        assertThat(output.getErr()).contains("错误：演示规模 province 需要根地区 450000，但本次运行的根地区"
                + "（lianggang.regions.root）是 450200");
        assertThat(other.resolve("inbox")).doesNotExist();
    }

    @Test
    void noGeneratedRowIsRefused() throws Exception {
        // 合计, 城市 and 农村 (the health export's 城乡 columns)
        assertThat(Pipeline.rows(home, "SELECT area FROM fact_data_value WHERE year = 2019 AND region_code"
                + " = '450203' AND element = 'infant_deaths' ORDER BY area")).containsExactly(
                List.of("rural"), List.of("total"), List.of("urban"));
        try (var files = Files.walk(home)) {
            assertThat(files.filter(f -> f.getFileName().toString().endsWith(".rejects.csv")).toList()).isEmpty();
        }
    }

    @Test
    void countiesDifferInWhatTheyMeet() throws Exception {
        assertThat(Pipeline.rows(home, "SELECT plan_code FROM report_summary WHERE year = 2019"
                + " AND region_level = 'county' AND domain_code IS NULL GROUP BY plan_code"
                + " HAVING count(DISTINCT met_rate) >= 2 ORDER BY plan_code")).containsExactly(
                List.of("children-2011-2020"), List.of("women-2011-2020"));
        assertThat(Pipeline.count(home, "SELECT count(DISTINCT met_rate) FROM report_region WHERE year = 2019"
                + " AND region_level = 'county' AND plan_code = 'women-2011-2020'")).isGreaterThanOrEqualTo(2);
    }
}
