package org.lianggang.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A deployment adds a department without editing a shipped file: in a directory of its own
 * ({@code lianggang.extra-schemas}) the 市水利局's elements and validation rule, its export layout, and a plan that
 * extends the shipped city plan with an indicator computed from them. Its export loads (the rule refuses a row),
 * and the build computes the new indicator as the ratio of the counties' summed counts.
 */
class DeploymentSchemasTest {

    @TempDir
    Path dir;

    @Test
    void aDepartmentAddedInADeploymentsOwnDirectoryIsLoadedAndMonitored() throws Exception {
        Path local = dir.resolve("local");
        write(local.resolve("catalog/elements-water.yaml"), """
                # 市水利局 (a department's elements and rules in a file of their own)
                elements:
                  - {code: villages, name: "行政村数", unit: "个", additive: true}
                  - {code: villages_piped, name: "通自来水的行政村数", unit: "个", additive: true}
                rules:
                  - {id: piped_not_above_villages, left: villages_piped, op: "<=", right: villages,
                     message: 通自来水的行政村数不能大于行政村数}
                """);
        write(local.resolve("sources/water.yaml"), """
                id: water
                name: 农村供水统计表
                department: 市水利局
                table: data_value
                reject_threshold: "1"
                fields:
                  region_code: {header: 地区代码}
                  region_name: {header: 地区}
                values:
                  - {header: 行政村数, element: villages}
                  - {header: 通自来水的行政村数, element: villages_piped}
                """);
        write(local.resolve("catalog/women-2021-2030-water.yaml"), """
                code: women-2021-2030-water
                name: 柳州市妇女发展规划（2021—2030年）（含农村供水）
                extends: women-2021-2030
                add:
                  - goal: "W21-1.G03"
                    indicators:
                      - code: "W21-L.01"
                        name: "行政村自来水普及率"
                        unit: "%"
                        kind: quantitative
                        computation: {method: ratio, numerator: villages_piped, denominator: villages, factor: 100}
                        target: {op: ">=", value: 90, text: "达到90%以上"}
                        departments: [市水利局]
                """);
        // 柳南区's row breaks the rule (60 piped of 50) and is refused (the layout allows one such row); the city is
        // (40 + 45) / (50 + 50) = 85%
        Path export = write(dir.resolve("in/water-2021.csv"), """
                地区代码,地区,行政村数,通自来水的行政村数
                450202,城中区,50,40
                450203,鱼峰区,50,45
                450204,柳南区,50,60
                """);
        Map<String, Object> settings = Map.of("lianggang.extra-schemas", local.toString());
        Path home = dir.resolve("home");

        Cli.Result ingest = Cli.run(settings, home, "ingest", export.toString(), "--source", "water", "--year", "2021");
        assertThat(ingest.exitCode()).as(ingest.out()).isZero();
        assertThat(ingest.out()).contains("LOADED water-2021.csv").contains("RULE_VIOLATED").contains("通自来水的行政村数不能大于行政村数");
        assertThat(Cli.run(settings, home, "build").exitCode()).isZero();

        assertThat(Pipeline.rows(home, "SELECT region_code, value FROM indicator_value WHERE year = 2021"
                + " AND plan_code = 'women-2021-2030-water' AND indicator_code = 'W21-L.01'"
                + " AND region_code IN ('450200', '450202', '450203', '450204') ORDER BY region_code"))
                .containsExactly(List.of("450200", "85.0"), List.of("450202", "80.0"), List.of("450203", "90.0"));
        // the shipped city plan is now the template of the deployment's, not a second set of rows
        assertThat(Pipeline.count(home, "SELECT count(*) FROM dim_plan WHERE plan_code = 'women-2021-2030'"))
                .isZero();
    }

    private static Path write(Path file, String text) throws Exception {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
