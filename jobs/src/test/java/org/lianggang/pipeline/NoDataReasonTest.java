package org.lianggang.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lianggang.catalog.Catalog;
import org.lianggang.catalog.SourceLayout;
import org.lianggang.catalog.ValueColumn;
import org.lianggang.ingest.IngestLauncher;
import org.lianggang.ingest.IngestOutcome;
import org.lianggang.report.ReportFilter;
import org.lianggang.report.ReportFormat;
import org.lianggang.report.ReportWriter;
import org.lianggang.warehouse.BuildLauncher;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * 无数据 split as local reports split it: 取数困难 (no configured layout carries an element of the indicator, and none
 * has ever arrived: nobody can report it yet) and 未填报 (a layout carries it, but no file came or the value was
 * missing). The schemas are the repository's with three pairs of columns taken out of health-services.yaml:
 * 孕前优生健康检查 (W21-1.10), 儿科床位 (C21-1.10) and 艾滋病母婴传播 (W21-1.07), the last sent instead through the
 * long layout in 2021 — an element that has arrived from some source can be reported. Figures by hand, 2021, 城中区
 * 450202 and 鱼峰区 450203: 宫颈癌筛查 (7,000 + 8,000) / (10,000 + 10,000) = 75% ≥ 70 达标; 艾滋病母婴传播 0 of
 * (4 + 6) = 0% < 2 达标; 儿科医生 (30 + 60) / (30,000 + 50,000) × 1,000 = 1.125 per 1,000 ≥ 1.12 达标. Every other
 * indicator of the city's two plans (37 each) has no data: 妇女规划 2 达标 + 1 取数困难 (W21-1.10) + 34 未填报 (the
 * 23 qualitative ones too: no assessment came); 儿童规划 1 达标 + 1 取数困难 (C21-1.10) + 34 未填报 + 1 基期无数据:
 * 儿童伤害死亡率 (C21-2.01) came for 2021, (3 + 5) / (40,000 + 60,000) × 10万 = 8.0, but its target is 以2020年为基数下降20%
 * and 2020 has no value. In 2022 no file came at all: 妇女规划 1 取数困难 + 36 未填报 (艾滋病母婴传播 too: it arrived
 * once), 儿童规划 1 + 36.
 */
@SpringBootTest(properties = "lianggang.cli.enabled=false")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class NoDataReasonTest {

    private static final List<String> UNCARRIED = List.of("preconception_target", "preconception_checked",
            "pediatric_beds", "hiv_exposed_infants", "hiv_infected_infants");

    @TempDir
    static Path home;

    @Autowired
    IngestLauncher ingest;
    @Autowired
    BuildLauncher build;
    @Autowired
    ReportWriter reports;
    @Autowired
    Catalog catalog;

    private static boolean built;

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        registry.add("lianggang.home", () -> home.toString());
        registry.add("lianggang.schemas", () -> schemasWithoutSomeColumns().toString());
        registry.add("lianggang.models", Pipeline.MODELS::toString);
    }

    @BeforeEach
    void load() throws Exception {
        if (built) {
            return;
        }
        built = true;
        wide("health-services", Map.of(
                "450202,城中区", Map.of("cervical_screening_women", 10_000, "cervical_screened", 7_000, "pediatricians", 30),
                "450203,鱼峰区", Map.of("cervical_screening_women", 10_000, "cervical_screened", 8_000,
                        "pediatricians", 60)));
        wide("population", Map.of("450202,城中区", Map.of("pop_0_14", 30_000), "450203,鱼峰区",
                Map.of("pop_0_14", 50_000)));
        ingest("data-values-long", 2021, """
                地区代码,地区,年份,数据项,性别,城乡,年龄组,数值
                450202,城中区,2021,hiv_exposed_infants,,,,4
                450202,城中区,2021,hiv_infected_infants,,,,0
                450203,鱼峰区,2021,hiv_exposed_infants,,,,6
                450203,鱼峰区,2021,hiv_infected_infants,,,,0
                450202,城中区,2021,child_injury_deaths,,,,3
                450202,城中区,2021,pop_0_17,,,,40000
                450203,鱼峰区,2021,child_injury_deaths,,,,5
                450203,鱼峰区,2021,pop_0_17,,,,60000
                """);
        assertThat(build.build()).isEmpty();
    }

    @Test
    void noDataIsNoSourceWhereNoLayoutCarriesAnElementAndNotReportedOtherwise() throws Exception {
        assertThat(Pipeline.rows(home, "SELECT indicator_code, status, no_data_reason FROM indicator_status"
                + " WHERE year = 2021 AND region_code = '450200' AND indicator_code IN ('W21-1.05', 'W21-1.07',"
                + " 'W21-1.08', 'W21-1.10', 'W21-1.02', 'C21-1.09', 'C21-1.10') ORDER BY indicator_code"))
                .containsExactly(Arrays.asList("C21-1.09", "met", null), List.of("C21-1.10", "no_data", "no_source"),
                        List.of("W21-1.02", "no_data", "not_reported"), Arrays.asList("W21-1.05", "met", null),
                        Arrays.asList("W21-1.07", "met", null), List.of("W21-1.08", "no_data", "not_reported"),
                        List.of("W21-1.10", "no_data", "no_source"));
        assertThat(Pipeline.rows(home, "SELECT indicator_code, no_data_reason FROM report_indicator"
                + " WHERE year = 2022 AND region_code = '450200' AND indicator_code IN ('W21-1.07', 'W21-1.10')"
                + " ORDER BY indicator_code")).containsExactly(List.of("W21-1.07", "未填报"),
                List.of("W21-1.10", "取数困难"));
    }

    @Test
    void theSummaryCountsBothKindsOfNoData() throws Exception {
        assertThat(Pipeline.rows(home, "SELECT plan_code, year, indicators, met, no_data, no_source, not_reported,"
                + " no_baseline FROM report_summary WHERE region_code = '450200' AND domain_code IS NULL AND year IN (2021, 2022)"
                + " ORDER BY plan_code, year")).containsExactly(
                List.of("children-2021-2030", "2021", "37", "1", "36", "1", "34", "1"),
                List.of("children-2021-2030", "2022", "37", "0", "37", "1", "36", "0"),
                List.of("women-2021-2030", "2021", "37", "2", "35", "1", "34", "0"),
                List.of("women-2021-2030", "2022", "37", "0", "37", "1", "36", "0"));
    }

    /**
     * A value held against a target stated against the baseline, with no baseline value, is 基期无数据: the year's
     * figure came, and no table, finding or page may call it 未填报.
     */
    @Test
    void aValueWithoutItsBaselineIsNoBaselineNotNotReported() throws Exception {
        assertThat(Pipeline.rows(home, "SELECT year, value, status, no_data_reason FROM indicator_status"
                + " WHERE indicator_code = 'C21-2.01' AND region_code = '450200' AND year IN (2020, 2021, 2022)"
                + " AND sex = 'T' AND area = 'total' ORDER BY year")).containsExactly(
                Arrays.asList("2020", null, "no_data", "not_reported"),
                List.of("2021", "8.0", "no_data", "no_baseline"),
                Arrays.asList("2022", null, "no_data", "not_reported"));
        assertThat(Pipeline.rows(home, "SELECT no_data_reason FROM report_indicator WHERE year = 2021"
                + " AND region_code = '450200' AND indicator_code = 'C21-2.01' AND breakdown_label = '合计'"))
                .containsExactly(List.of("基期无数据"));
        assertThat(Pipeline.rows(home, "SELECT detail FROM data_quality WHERE check_code = 'indicator_no_data'"
                + " AND year = 2021 AND region_code = '450200' AND indicator_code = 'C21-2.01'"))
                .containsExactly(List.of("儿童伤害死亡率无数据：本年有数值，但目标以2020年为基数，该地区2020年无数据，无法判断是否达标"));
        List<Path> files = reports.write(new ReportFilter(2021, "children-2021-2030", "450200"),
                Set.of(ReportFormat.html), home.resolve("html-2021-children"));
        assertThat(Files.readString(files.get(0))).contains("<tr data-reason=\"no-baseline\"><td>儿童规划</td>"
                + "<td>儿童与安全</td><td>C21-2.01</td><td>儿童伤害死亡率</td><td>基期无数据</td>");
    }

    /** The HTML page lists the indicators without data with the reason: 取数困难 first, then 未填报. */
    @Test
    void theHtmlPageSaysWhichKindOfNoData() throws Exception {
        List<Path> files = reports.write(new ReportFilter(2021, "women-2021-2030", "450200"),
                Set.of(ReportFormat.html), home.resolve("html-2021"));
        String page = Files.readString(files.get(0));
        String section = page.substring(page.indexOf("<section id=\"no-data\">"),
                page.indexOf("</section>", page.indexOf("<section id=\"no-data\">")));
        assertThat(section).contains("<th>原因</th>").contains("<tr data-reason=\"no-source\"><td>妇女规划</td>"
                + "<td>妇女与健康</td><td>W21-1.10</td><td>孕前优生健康检查目标人群覆盖率</td><td>取数困难</td>");
        assertThat(section.split("<tr data-reason=\"no-source\">", -1)).hasSize(2);
        assertThat(section.split("<tr data-reason=\"not-reported\">", -1)).hasSize(35);
        assertThat(section.indexOf("no-source")).isLessThan(section.indexOf("not-reported"));
    }

    /** A 2021 row per region with the given elements; every other column of the (shortened) layout left blank. */
    private void wide(String source, Map<String, Map<String, Integer>> regions) throws Exception {
        SourceLayout layout = catalog.requireSource(source);
        StringBuilder text = new StringBuilder("地区代码,地区,年份," + layout.values().stream().map(ValueColumn::header)
                .collect(Collectors.joining(",")) + "\n");
        regions.keySet().stream().sorted().forEach(region -> text.append(region).append(",2021")
                .append(layout.values().stream().map(c -> regions.get(region).containsKey(c.element())
                        ? regions.get(region).get(c.element()).toString() : "")
                        .collect(Collectors.joining(",", ",", "\n"))));
        ingest(source, 2021, text.toString());
    }

    private void ingest(String source, int year, String text) throws Exception {
        Path file = home.resolve("in").resolve(source + "-" + year + ".csv");
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        IngestOutcome outcome = ingest.ingest(file, source, year);
        assertThat(outcome.status()).as(outcome.problems().toString()).isEqualTo(IngestOutcome.Status.LOADED);
    }

    /** The repository's schemas, with the health-services columns of {@link #UNCARRIED} taken out. */
    static Path schemasWithoutSomeColumns() {
        Path schemas = home.resolve("schemas");
        try {
            if (!Files.exists(schemas)) {
                try (Stream<Path> files = Files.walk(Pipeline.SCHEMAS)) {
                    for (Path from : files.toList()) {
                        Path to = schemas.resolve(Pipeline.SCHEMAS.relativize(from).toString());
                        if (Files.isDirectory(from)) {
                            Files.createDirectories(to);
                        } else {
                            Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
                        }
                    }
                }
                Path layout = schemas.resolve("sources/health-services.yaml");
                List<String> kept = Files.readAllLines(layout).stream()
                        .filter(line -> UNCARRIED.stream().noneMatch(e -> line.contains("element: " + e + "}")))
                        .toList();
                assertThat(kept).hasSize(Files.readAllLines(layout).size() - UNCARRIED.size());
                Files.write(layout, kept);
            }
            return schemas;
        } catch (IOException e) {
            throw new IllegalStateException("cannot prepare " + schemas, e);
        }
    }
}
