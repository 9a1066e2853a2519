package org.lianggang.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Given/expect for {@code warehouse/70_report_department.sql}, the 目标责任分解 table, on an in-memory DuckDB: the
 * given rows of {@code models/report_department_given.sql} and every tally, rate and list checked by hand.
 */
class ReportDepartmentModelTest {

    private static final Path GIVEN = Path.of("src/test/resources/models/report_department_given.sql");
    private static final Path MODEL = GivenModels.WAREHOUSE.resolve("70_report_department.sql");

    @Test
    void eachDepartmentTalliesItsHeadlineRowsAndAnIndicatorOfTwoDepartmentsCountsForBoth() throws Exception {
        assertThat(run("select region_code, parent_code, department, indicators, met, basically_met, unmet, no_data,"
                + " round(met_rate, 4) from report_department order by region_code, department")).containsExactly(
                // Z, A, M, B: A's 农村 row is no fifth indicator; achieved M (基本实现 counts): 1 / 4
                "450200 null 市卫健委 4 0 1 2 1 25.0",
                // Z (its department after '、 ', trimmed) and N: 0 / 2; Q has no department and is nobody's
                "450200 null 市教育局 2 0 0 1 1 0.0",
                "450206 450200 市卫健委 1 1 0 0 0 100.0");
    }

    @Test
    void theListsAreInTheCatalogsOrderNotTheCodes() throws Exception {
        assertThat(run("select region_code, department, unmet_indicators, no_data_indicators from report_department"
                + " order by region_code, department")).containsExactly(
                // Z (order 1) before A (order 2), though 'A' < 'Z'
                "450200 市卫健委 Z 指标Z（距目标差5.00个百分点）；A 指标A（距目标差1.20个百分点） B 指标B",
                "450200 市教育局 Z 指标Z（距目标差5.00个百分点） N 指标N",
                // nothing unmet, nothing without data: no list, not an empty one
                "450206 市卫健委 null null");
    }

    private static List<String> run(String query) throws Exception {
        return GivenModels.rows(List.of(GIVEN, MODEL), GivenModels.defaultVariables(), query);
    }
}
