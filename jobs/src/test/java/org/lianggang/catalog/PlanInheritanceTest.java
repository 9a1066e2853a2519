package org.lianggang.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 柳州's 2021–2030 plans extend the national ones: they inherit goals and indicators and state only a changed target,
 * an added and a dropped indicator. Counts by hand from the files: women 36 national − 1 dropped + 2 added = 37,
 * children 36 − 1 + 2 = 37.
 */
class PlanInheritanceTest {

    final Catalog catalog = new CatalogLoader().load(CatalogLoaderTest.SCHEMAS);

    @TempDir
    Path schemas;

    @Test
    void cityPlanInheritsTheNationalGoalsIndicatorsAndYears() {
        Plan women = plan("women-2021-2030");
        assertThat(women.parent()).isEqualTo("china-women-2021-2030");
        assertThat(women.level()).isEqualTo(PlanLevel.CITY);
        assertThat(List.of(women.baselineYear(), women.targetYear())).containsExactly(2020, 2030);
        assertThat(women.domains()).extracting(Domain::name).containsExactlyElementsOf(
                plan("china-women-2021-2030").domains().stream().map(Domain::name).toList());
        assertThat(women.indicators().count()).isEqualTo(37);
        assertThat(plan("children-2021-2030").indicators().count()).isEqualTo(37);
        Indicator screening = indicator(women, "W21-1.05");
        assertThat(screening.target().low()).isEqualTo(70.0);
        assertThat(women.targetSource("W21-1.05")).isEqualTo(PlanLevel.NATIONAL);
    }

    /** 孕产妇死亡率: national ≤12 (2025: ≤14.5), the city's ≤10 (2025: ≤12) replaces it whole. */
    @Test
    void anOverriddenTargetReplacesTheNationalOneAndSaysItIsTheCitys() {
        Plan women = plan("women-2021-2030");
        Target mmr = indicator(women, "W21-1.03").target();
        assertThat(mmr.low()).isEqualTo(10.0);
        assertThat(mmr.interim().get(2025).low()).isEqualTo(12.0);
        assertThat(mmr.confirmed()).isFalse();
        assertThat(women.targetSource("W21-1.03")).isEqualTo(PlanLevel.CITY);
        assertThat(indicator(women, "W21-1.03").computation().numerator().element()).isEqualTo("maternal_deaths");
        assertThat(indicator(plan("china-women-2021-2030"), "W21-1.03").target().low()).isEqualTo(12.0);
        assertThat(plan("children-2021-2030").targetSource("C21-1.16")).isEqualTo(PlanLevel.CITY);
        assertThat(indicator(plan("children-2021-2030"), "C21-1.16").target().low()).isEqualTo(95.0);
    }

    @Test
    void addedIndicatorsJoinTheirGoalAndAddedGoalsTheirDomain() {
        Plan women = plan("women-2021-2030");
        Goal screening = women.domains().get(0).goals().get(2);
        assertThat(screening.indicators()).extracting(Indicator::code).containsExactly("W21-1.05", "W21-1.06",
                "W21-1.51");
        assertThat(women.targetSource("W21-1.51")).isEqualTo(PlanLevel.CITY);
        assertThat(women.domains().get(2).goals()).extracting(Goal::code).endsWith("W21-3.G51");
    }

    /** W21-2.04 was the only indicator of goal W21-2.G04: the goal goes with it (27 − 1 + 1 added = 27 goals). */
    @Test
    void aDroppedIndicatorIsGoneAndAGoalWithoutIndicatorsWithIt() {
        Plan women = plan("women-2021-2030");
        assertThat(women.indicators().map(Indicator::code)).doesNotContain("W21-2.04");
        assertThat(women.domains().get(1).goals()).extracting(Goal::code).doesNotContain("W21-2.G04");
        assertThat(women.domains().stream().mapToLong(d -> d.goals().size()).sum()).isEqualTo(27);
        assertThat(plan("children-2021-2030").indicators().map(Indicator::code)).doesNotContain("C21-2.04")
                .contains("C21-2.05");
    }

    /** The national plans are the templates of the city's: only the city's are monitored. */
    @Test
    void onlyPlansNoOtherExtendsAreMonitored() {
        assertThat(catalog.plans()).hasSize(6);
        assertThat(catalog.monitored()).extracting(Plan::code).containsExactlyInAnyOrder("women-2011-2020",
                "children-2011-2020", "women-2021-2030", "children-2021-2030");
        assertThat(catalog.indicatorsIn(2019).map(Indicator::code)).allMatch(c -> !c.contains("21-"));
        assertThat(catalog.indicatorsIn(2020).count()).isEqualTo(77 + 46 + 37 + 37);
    }

    @Test
    void anUnknownParentIsPlacedAtExtendsWithTheNearestPlan() throws IOException {
        Path file = change("women-2021-2030.yaml", "extends: china-women-2021-2030", "extends: china-women-2021-2003");
        CatalogProblem problem = onlyProblem();
        assertThat(problem.file()).isEqualTo(file);
        assertThat(problem.line()).isEqualTo(GoalsTest.lineOf(file, "extends:", 1));
        assertThat(problem.message()).isEqualTo("women-2021-2030：extends 的规划 china-women-2021-2003 不存在，是否应为 "
                + "china-women-2021-2030？");
    }

    @Test
    void anOverrideOrDropOfAnIndicatorTheParentLacksIsPlaced() throws IOException {
        Path file = change("women-2021-2030.yaml", "  W21-1.03:\n", "  W21-1.93:\n");
        Files.writeString(file, Files.readString(file).replace("- \"W21-2.04\"", "- \"W21-2.40\""));
        CatalogException e = catchThrowableOfType(CatalogException.class, () -> new CatalogLoader().load(schemas));
        assertThat(e.problems()).extracting(CatalogProblem::line).containsExactlyInAnyOrder(
                GoalsTest.lineOf(file, "W21-1.93:", 1), GoalsTest.lineOf(file, "- \"W21-2.40\"", 1));
        assertThat(e.problems()).extracting(CatalogProblem::message).anyMatch(m -> m.endsWith(
                "women-2021-2030：targets 中的指标 W21-1.93 不在 china-women-2021-2030 中，是否应为 W21-1.03？"))
                .anyMatch(m -> m.contains("women-2021-2030：drop 中的指标 W21-2.40 不在 china-women-2021-2030 中"));
    }

    @Test
    void plansThatExtendEachOtherAreACycle() throws IOException {
        copy();
        Path a = schemas.resolve("catalog/cycle-a.yaml");
        Files.writeString(a, "code: cycle-a\nname: 甲\nextends: cycle-b\n");
        Files.writeString(schemas.resolve("catalog/cycle-b.yaml"), "code: cycle-b\nname: 乙\nextends: cycle-a\n");
        CatalogProblem problem = onlyProblem();
        assertThat(problem.file()).isEqualTo(a);
        assertThat(List.of(problem.line(), problem.column())).containsExactly(3, 10);
        assertThat(problem.message()).isEqualTo("cycle-a：继承成环 cycle-a → cycle-b → cycle-a");
    }

    @Test
    void anAddedIndicatorWithAnInheritedCodeIsACodeUsedTwice() throws IOException {
        Path file = change("women-2021-2030.yaml", "code: \"W21-1.51\"", "code: \"W21-1.05\"");
        CatalogProblem problem = onlyProblem();
        assertThat(problem.line()).isEqualTo(GoalsTest.lineOf(file, "code: \"W21-1.05\"", 1));
        // the other place is where the national plan the city's extends writes the code ("W21-1.05": column 19)
        Path national = schemas.resolve("catalog/china-women-2021-2030.yaml");
        assertThat(problem.message()).endsWith("women-2021-2030 W21-1.05：指标代码重复，亦见于 "
                + new CatalogProblem(national, GoalsTest.lineOf(national, "code: \"W21-1.05\"", 1), 19, "").where());
    }

    @Test
    void anAddedGoalWithAnInheritedCodeNamesWhereTheParentWritesIt() throws IOException {
        Path file = change("women-2021-2030.yaml", "code: \"W21-3.G51\"", "code: \"W21-1.G01\"");
        CatalogProblem problem = onlyProblem();
        assertThat(List.of(problem.file(), problem.line())).containsExactly(file,
                GoalsTest.lineOf(file, "code: \"W21-1.G01\"", 1));
        // "      - code: " in the national plan puts the goal's code at column 15
        Path national = schemas.resolve("catalog/china-women-2021-2030.yaml");
        assertThat(problem.message()).endsWith("women-2021-2030 W21-1.G01：目标代码重复，亦见于 "
                + new CatalogProblem(national, GoalsTest.lineOf(national, "code: \"W21-1.G01\"", 1), 15, "").where());
    }

    private Path change(String name, String from, String to) throws IOException {
        copy();
        Path file = schemas.resolve("catalog").resolve(name);
        String text = Files.readString(file);
        assertThat(text).contains(from);
        Files.writeString(file, text.replace(from, to));
        return file;
    }

    private CatalogProblem onlyProblem() {
        CatalogException e = catchThrowableOfType(CatalogException.class, () -> new CatalogLoader().load(schemas));
        assertThat(e.problems()).hasSize(1);
        return e.problems().get(0);
    }

    private void copy() throws IOException {
        if (!Files.exists(schemas.resolve("catalog"))) {
            CatalogLoaderTest.copy(CatalogLoaderTest.SCHEMAS, schemas);
        }
    }

    private Plan plan(String code) {
        return catalog.plan(code).orElseThrow();
    }

    private static Indicator indicator(Plan plan, String code) {
        return plan.indicators().filter(i -> i.code().equals(code)).findFirst().orElseThrow();
    }
}
