package org.lianggang.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The flags p and E on a real 2019 run without the health export (卫健委): every indicator computed from an element
 * that export carries is provisional (p), and only those; E follows lianggang.flags.caution-min-denominator, by unit
 * and, overriding it, by indicator code.
 */
class ValueFlagsTest {

    @TempDir
    static Path home;

    @BeforeAll
    static void loadTheYearWithoutTheHealthExport() throws Exception {
        Cli.demoInbox(home, 2019);
        try (Stream<Path> files = Files.walk(home.resolve("inbox/health"))) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
        // W2.02 (%, the city's denominator 47,754, from the education export) flagged E by its own code
        assertThat(Cli.run(Map.of("lianggang.flags.caution-min-denominator[W2.02]", "50000"), home, "nightly")
                .exitCode()).isZero();
    }

    @Test
    void indicatorsOfAMissingExpectedExportAreProvisionalAndNoOthers() throws Exception {
        assertThat(Pipeline.rows(home, "SELECT flags, value IS NULL, no_data_reason FROM report_indicator"
                + " WHERE year = 2019 AND region_code = '450200' AND indicator_code = 'W1.01' AND sex = 'T'"
                + " AND area = 'total'")).containsExactly(List.of("p", "true", "未填报"));
        assertThat(Pipeline.count(home, """
                SELECT count(*) FROM report_indicator AS r
                WHERE r.year = 2019 AND r.flags LIKE '%p%' AND NOT EXISTS (
                    SELECT 1 FROM dim_indicator_part AS p
                    JOIN dim_source_element AS s ON s.element_code = p.element_code AND s.sex = p.sex AND s.area = p.area
                    WHERE p.plan_code = r.plan_code AND p.indicator_code = r.indicator_code AND s.source_id = 'health')
                """)).as("p only where the health export carries an element").isZero();
        assertThat(Pipeline.rows(home, "SELECT flags FROM report_indicator WHERE year = 2019"
                + " AND region_code = '450200' AND indicator_code = 'W2.04' AND sex = 'T' AND area = 'total'"))
                .containsExactly(java.util.Arrays.asList((String) null));
    }

    @Test
    void smallDenominatorsAreFlaggedByUnitOrByIndicatorCode() throws Exception {
        // by code: 47,754 < 50,000; by unit (%: 20) the city's W2.04 (193,677) is not
        assertThat(Pipeline.rows(home, "SELECT indicator_code, flags, denominator FROM report_indicator"
                + " WHERE year = 2019 AND region_code = '450200' AND indicator_code IN ('W2.02', 'W2.04')"
                + " AND sex = 'T' AND area = 'total' ORDER BY 1"))
                .containsExactly(List.of("W2.02", "E", "47754.0"), java.util.Arrays.asList("W2.04", null, "193677.0"));
        assertThat(Pipeline.count(home, "SELECT count(*) FROM report_indicator AS r JOIN dim_indicator AS i"
                + " USING (plan_code, indicator_code) WHERE r.flags LIKE '%E%' AND NOT (r.indicator_code = 'W2.02'"
                + " AND r.denominator < 50000 OR r.unit = '%' AND r.denominator < 20 OR r.unit = '‰'"
                + " AND r.denominator < 200 OR r.unit = '1/10万' AND r.denominator < 20000 OR r.unit = '1/万'"
                + " AND r.denominator < 2000)")).isZero();
        assertThat(Pipeline.rows(home, "SELECT value FROM report_setting"
                + " WHERE setting = 'flag_caution_min_denominator_W2.02'")).containsExactly(List.of("50000.0"));
    }
}
