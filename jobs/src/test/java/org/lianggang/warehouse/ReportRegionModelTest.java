package org.lianggang.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Given/expect for {@code warehouse/71_report_region.sql}, the ranking of regions by 达标率 among their siblings, on an
 * in-memory DuckDB: the given rows of {@code models/report_region_given.sql}, every rank checked by hand.
 */
class ReportRegionModelTest {

    private static final Path GIVEN = Path.of("src/test/resources/models/report_region_given.sql");
    private static final Path MODEL = GivenModels.WAREHOUSE.resolve("71_report_region.sql");

    @Test
    void eachRegionIsRankedAmongTheRegionsOfItsLevelUnderTheSameParentInTheTablesOrder() throws Exception {
        // the table's own order: the root, then level by level, parent by parent, by rank
        assertThat(run("select region_code, parent_code, round(met_rate, 2), rank_in_plan from report_region"))
                .containsExactly(
                        // the root is kept for comparison, unranked
                        "450000 null 70.0 null",
                        // a tie shares the rank
                        "450200 450000 80.0 1",
                        "450300 450000 80.0 1",
                        // 3/4 and 6/8 are one rate; 450202 is third, not second (ranks skip after a tie), and its
                        // 健康 domain's 100 is not its plan's rate
                        "450203 450200 75.0 1",
                        "450204 450200 75.0 1",
                        "450202 450200 50.0 3",
                        // no rate is no rank: not last behind a county of 0 %
                        "450205 450200 null null",
                        // 桂林's only county is first among its own siblings, not last among all counties
                        "450302 450300 10.0 1",
                        // the zone is ranked among zones, not above 柳州's counties
                        "4502X1 450200 90.0 1");
    }

    @Test
    void theUnmetListIsInTheCatalogsOrder() throws Exception {
        assertThat(run("select region_code, unmet_indicators from report_region where unmet_indicators is not null"))
                .containsExactly("450202 Z 指标Z（距目标差5.00个百分点）；A 指标A（距目标差1.20个百分点）");
    }

    private static List<String> run(String query) throws Exception {
        return GivenModels.rows(List.of(GIVEN, MODEL), GivenModels.defaultVariables(), query);
    }
}
