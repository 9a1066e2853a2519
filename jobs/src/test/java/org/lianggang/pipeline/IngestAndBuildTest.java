package org.lianggang.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.lianggang.catalog.Catalog;
import org.lianggang.catalog.SourceLayout;
import org.lianggang.catalog.ValueColumn;
import org.lianggang.cli.ExitCode;
import org.lianggang.ingest.IngestLauncher;
import org.lianggang.ingest.IngestOutcome;
import org.lianggang.lake.Lake;
import org.lianggang.warehouse.BuildLauncher;
import org.springframework.beans.factory.annotation.Autowired;

/** Small hand-made exports through the real ingest job and warehouse build, with hand-computed results. */
class IngestAndBuildTest extends PipelineTestBase {

    @Autowired
    IngestLauncher ingest;
    @Autowired
    BuildLauncher build;
    @Autowired
    Catalog catalog;
    @Autowired
    Lake lake;

    /** 1/10 and 9/990 give the city 10/1000 = 1 %, not the 5.45 % average of the two county rates. */
    @Test
    void cityRateIsRatioOfSummedCounts() throws Exception {
        Path file = csv("health-2018.csv", healthExport(
                "450202,城中区,2018", "live_births", "10", "maternal_sys_managed", "1",
                "450203,鱼峰区,2018", "live_births", "990", "maternal_sys_managed", "9"));
        IngestOutcome outcome = ingest.ingest(file, "health", 2018);
        assertThat(outcome.status()).as(outcome.problems().toString()).isEqualTo(IngestOutcome.Status.LOADED);
        assertThat(build.build()).isEmpty();
        String indicator = Pipeline.rows(home, "SELECT indicator_code FROM dim_indicator WHERE plan_code ="
                + " 'women-2011-2020' AND numerator_element = 'maternal_sys_managed'").get(0).get(0);
        List<List<String>> city = Pipeline.rows(home, "SELECT numerator, denominator, value, counties_reporting"
                + " FROM indicator_value WHERE region_code = '450200' AND year = 2018 AND indicator_code = '"
                + indicator + "'");
        assertThat(city).containsExactly(List.of("10.0", "1000.0", "1.0", "2"));
        assertThat(Pipeline.rows(home, "SELECT status FROM indicator_status WHERE region_code = '450200' AND year ="
                + " 2018 AND indicator_code = '" + indicator + "'")).containsExactly(List.of("unmet"));
    }

    @Test
    void badRowsRejectTheFileWithFileRowColumnAndCode() throws Exception {
        Path file = csv("health-2017.csv", healthExport(
                "450299,不存在区,2017", "live_births", "100", "maternal_sys_managed", "1",
                "450203,鱼峰区,2017", "live_births", "一百", "maternal_sys_managed", "-3",
                "450204,柳南区,2016", "live_births", "100", "maternal_sys_managed", "1"));
        IngestOutcome outcome = ingest.ingest(file, "health", 2017);
        assertThat(outcome.status()).isEqualTo(IngestOutcome.Status.REJECTED);
        assertThat(ExitCode.of(outcome.status()).code()).isEqualTo(3);
        assertThat(outcome.problems()).containsExactlyInAnyOrder(
                "health-2017.csv:2:地区代码: UNKNOWN_REGION 地区不在 schemas/regions 中 [450299]",
                "health-2017.csv:3:活产数: NOT_A_NUMBER 不是数字 [一百]",
                "health-2017.csv:3:孕产妇系统管理人数: NEGATIVE_COUNT 计数不能为负 [-3]",
                "health-2017.csv:4:年份: WRONG_YEAR 本次导入为 2017 年 [2016]");
        assertThat(lake.current("data_value", "health", 2017)).isEmpty();
        assertThat(home.resolve("lake/data_value/source=health/year=2017")).doesNotExist();
    }

    @Test
    void missingColumnRejectsTheFile() throws Exception {
        Path file = csv("education-2017.csv", "地区代码,地区,年份\n450202,城中区,2017\n");
        IngestOutcome outcome = ingest.ingest(file, "education", 2017);
        assertThat(outcome.status()).isEqualTo(IngestOutcome.Status.REJECTED);
        assertThat(outcome.problems()).allMatch(p -> p.contains("MISSING_COLUMN"));
    }

    @Test
    void correctedFileReplacesItsPartitionAndLeavesOtherYears() throws Exception {
        Path first = csv("health-2015-a.csv", healthExport("450221,柳江县,2015", "live_births", "100",
                "maternal_sys_managed", "90"));
        Path other = csv("health-2014.csv", healthExport("450221,柳江县,2014", "live_births", "200",
                "maternal_sys_managed", "150"));
        Path corrected = csv("health-2015-b.csv", healthExport("450221,柳江县,2015", "live_births", "100",
                "maternal_sys_managed", "95"));
        assertThat(ingest.ingest(first, "health", 2015).status()).isEqualTo(IngestOutcome.Status.LOADED);
        assertThat(ingest.ingest(other, "health", 2014).status()).isEqualTo(IngestOutcome.Status.LOADED);
        assertThat(ingest.ingest(corrected, "health", 2015).status()).isEqualTo(IngestOutcome.Status.LOADED);
        assertThat(build.build()).isEmpty();
        assertThat(Pipeline.rows(home, "SELECT year, region_code, value FROM fact_data_value WHERE element ="
                + " 'maternal_sys_managed' AND year IN (2014, 2015) ORDER BY year")).containsExactly(
                List.of("2014", "450221", "150.0"), List.of("2015", "450221", "95.0"));
        try (var files = Files.list(home.resolve("lake/data_value/source=health/year=2015"))) {
            assertThat(files.count()).isOne();
        }
        assertThat(Pipeline.rows(home, "SELECT DISTINCT region_code FROM indicator_value WHERE year = 2015 AND"
                + " level = 'county'")).containsExactly(List.of("450206"));
    }

    /**
     * A health export with every layout column; cells not given are blank (reported missing), the 城乡 columns too (a
     * figure given is the county's total).
     */
    private String healthExport(String... rows) {
        SourceLayout layout = catalog.source("health").orElseThrow();
        StringBuilder csv = new StringBuilder("地区代码,地区,年份,")
                .append(layout.values().stream().map(ValueColumn::header).collect(Collectors.joining(",")))
                .append('\n');
        int i = 0;
        while (i < rows.length) {
            String fields = rows[i++];
            java.util.Map<String, String> cells = new java.util.HashMap<>();
            while (i < rows.length && !rows[i].matches("\\d{6},.*")) {
                cells.put(rows[i], rows[i + 1]);
                i += 2;
            }
            csv.append(fields).append(',').append(layout.values().stream()
                    .map(v -> "total".equals(v.area()) ? cells.getOrDefault(v.element(), "") : "")
                    .collect(Collectors.joining(","))).append('\n');
        }
        return csv.toString();
    }
}
