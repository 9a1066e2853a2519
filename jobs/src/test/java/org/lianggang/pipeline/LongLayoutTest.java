package org.lianggang.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lianggang.catalog.Catalog;
import org.lianggang.catalog.SourceLayout;
import org.lianggang.catalog.ValueColumn;
import org.lianggang.ingest.IngestLauncher;
import org.lianggang.ingest.IngestOutcome;
import org.lianggang.lake.Lake;
import org.lianggang.warehouse.BuildLauncher;
import org.springframework.beans.factory.annotation.Autowired;

/** The long layout (one row per region × element × disaggregation) through the real ingest job and build. */
class LongLayoutTest extends PipelineTestBase {

    /** County figures of a few health elements; every other column of the health form is left blank. */
    private static final List<List<String>> COUNTIES = List.of(
            List.of("450202", "城中区", "live_births", "2150", "maternal_deaths", "1", "maternal_sys_managed", "1937",
                    "infant_deaths", "9", "under5_deaths", "12"),
            List.of("450203", "鱼峰区", "live_births", "4948", "maternal_deaths", "0", "maternal_sys_managed", "4693",
                    "infant_deaths", "20", "under5_deaths", "—"));

    @Autowired
    IngestLauncher ingest;
    @Autowired
    BuildLauncher build;
    @Autowired
    Catalog catalog;
    @Autowired
    Lake lake;

    @Test
    void longFileGivesTheIndicatorValuesOfTheEquivalentWideFile() throws Exception {
        IngestOutcome wide = ingest.ingest(csv("health-2018.csv", wide(2018)), "health", 2018);
        IngestOutcome longFile = ingest.ingest(csv("values-2019.csv", longExport(2019)), "data-values-long", 2019);
        assertThat(wide.status()).as(wide.problems().toString()).isEqualTo(IngestOutcome.Status.LOADED);
        assertThat(longFile.status()).as(longFile.problems().toString()).isEqualTo(IngestOutcome.Status.LOADED);
        assertThat(longFile.recordsWritten()).isEqualTo(wide.recordsWritten()).isEqualTo(2L * healthColumns().size());
        assertThat(build.build()).isEmpty();
        String values = "SELECT indicator_code, region_code, numerator, denominator, value FROM indicator_value"
                + " WHERE year = %d AND value IS NOT NULL ORDER BY ALL";
        List<List<String>> fromWide = Pipeline.rows(home, values.formatted(2018));
        assertThat(fromWide).hasSizeGreaterThan(6);
        assertThat(Pipeline.rows(home, values.formatted(2019))).isEqualTo(fromWide);
        assertThat(Pipeline.rows(home, "SELECT count(*), count(value), count(missing_reason) FROM fact_data_value"
                + " WHERE year = 2019 AND source = 'data-values-long'")).containsExactly(List.of("56", "9", "47"));
    }

    @Test
    void duplicateKeysAreReportedWithTheirRowsAndRejectTheFile() throws Exception {
        Path file = csv("dup-2017.csv", """
                地区代码,地区,年份,数据项,性别,城乡,年龄组,数值
                450202,城中区,2017,live_births,,,,2150
                450202,城中区,2017,活产数,,,,2150
                450202,城中区,2017,employed_persons,女,,,100
                450202,城中区,2017,employed_persons,F,,,100
                450202,城中区,2017,employed_persons,F,城镇,,60
                450203,鱼峰区,2017,live_births,合计,合计,,4948
                450203,鱼峰区,2017,live_births,,,,4948
                """);
        IngestOutcome outcome = ingest.ingest(file, "data-values-long", 2017);
        assertThat(outcome.status()).isEqualTo(IngestOutcome.Status.REJECTED);
        assertThat(outcome.problems()).containsExactly(
                "dup-2017.csv:3:数据项: DUPLICATE_KEY 与前面一行的地区、数据项、性别、城乡和年龄组相同"
                        + "（城中区） [活产数]",
                "dup-2017.csv:5:数据项: DUPLICATE_KEY 与前面一行的地区、数据项、性别、城乡和年龄组相同"
                        + "（城中区） [employed_persons]",
                "dup-2017.csv:8:数据项: DUPLICATE_KEY 与前面一行的地区、数据项、性别、城乡和年龄组相同"
                        + "（鱼峰区） [live_births]");
        assertThat(lake.current("data_value", "data-values-long", 2017)).isEmpty();
    }

    @Test
    void unknownElementsAndSexWordsAreRowProblems() throws Exception {
        Path file = csv("bad-2016.csv", """
                地区代码,地区,年份,数据项,性别,数值
                450202,城中区,2016,births_alive,,10
                450202,城中区,2016,live_births,雌,10
                450202,城中区,2016,活产数,,十
                """);
        IngestOutcome outcome = ingest.ingest(file, "data-values-long", 2016);
        assertThat(outcome.status()).isEqualTo(IngestOutcome.Status.REJECTED);
        assertThat(outcome.problems()).containsExactly(
                "bad-2016.csv:2:数据项: UNKNOWN_ELEMENT catalog/elements.yaml 中没有以此为代码或名称的数据项"
                        + " [births_alive]",
                "bad-2016.csv:3:性别: UNKNOWN_DISAGGREGATION 须为以下之一：" + catalog.source("data-values-long")
                        .orElseThrow().sexValues().keySet() + " [雌]",
                "bad-2016.csv:4:数值: NOT_A_NUMBER 不是数字 [十]");
    }

    /** The health layout's columns without its optional 城乡 ones, which the wide file leaves out (as it may). */
    private List<ValueColumn> healthColumns() {
        return catalog.source("health").map(SourceLayout::values).orElseThrow().stream()
                .filter(c -> !c.mayBeAbsent()).toList();
    }

    private String wide(int year) {
        StringBuilder csv = new StringBuilder("地区代码,地区,年份");
        healthColumns().forEach(c -> csv.append(',').append(c.header()));
        for (List<String> county : COUNTIES) {
            csv.append('\n').append(county.get(0)).append(',').append(county.get(1)).append(',').append(year);
            healthColumns().forEach(c -> csv.append(',').append(value(county, c.element())));
        }
        return csv.append('\n').toString();
    }

    /** The same figures, one row per value; every other element is named by its Chinese name. */
    private String longExport(int year) {
        List<String> lines = new ArrayList<>(List.of("数据项,地区代码,年份,数值"));
        for (List<String> county : COUNTIES) {
            for (int i = 0; i < healthColumns().size(); i++) {
                String element = healthColumns().get(i).element();
                String named = i % 2 == 0 ? element : catalog.elements().get(element).name();
                lines.add(String.join(",", named, county.get(0), Integer.toString(year), value(county, element)));
            }
        }
        return String.join("\n", lines) + "\n";
    }

    private static String value(List<String> county, String element) {
        int at = county.indexOf(element);
        return at < 0 ? "" : county.get(at + 1);
    }
}
