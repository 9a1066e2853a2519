package org.lianggang.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The national 2021–2030 catalogs (国发〔2021〕16号): the national order of domains, goals with their indicators, the
 * 2025 interim targets and the unverified marks, counted by hand from the two files.
 */
class NationalCatalogsTest {

    final Catalog catalog = new CatalogLoader().load(CatalogLoaderTest.SCHEMAS);

    @Test
    void womenPlanHasTheEightNationalDomainsInOrder() {
        Plan women = catalog.plan("china-women-2021-2030").orElseThrow();
        assertThat(women.domains()).extracting(Domain::name).containsExactly("妇女与健康", "妇女与教育", "妇女与经济",
                "妇女参与决策和管理", "妇女与社会保障", "妇女与家庭建设", "妇女与环境", "妇女与法律");
        assertThat(women.level()).isEqualTo(PlanLevel.NATIONAL);
        assertThat(List.of(women.baselineYear(), women.targetYear())).containsExactly(2020, 2030);
        assertThat(women.domains().stream().mapToLong(d -> d.goals().size()).sum()).isEqualTo(27);
        assertThat(women.indicators().count()).isEqualTo(36);
        assertThat(women.indicators().filter(Indicator::quantitative).count()).isEqualTo(13);
    }

    @Test
    void childrenPlanHasTheSevenNationalDomainsInOrder() {
        Plan children = catalog.plan("china-children-2021-2030").orElseThrow();
        assertThat(children.domains()).extracting(Domain::name).containsExactly("儿童与健康", "儿童与安全", "儿童与教育",
                "儿童与福利", "儿童与家庭", "儿童与环境", "儿童与法律保护");
        assertThat(children.domains().stream().mapToLong(d -> d.goals().size()).sum()).isEqualTo(26);
        assertThat(children.indicators().count()).isEqualTo(36);
        assertThat(children.indicators().filter(Indicator::quantitative).count()).isEqualTo(22);
    }

    /** 人均预期寿命延长，人均健康预期寿命提高: one goal, two indicators. */
    @Test
    void lifeExpectancyGoalIsMonitoredByTwoIndicators() {
        Goal goal = catalog.plan("china-women-2021-2030").orElseThrow().domains().get(0).goals().get(0);
        assertThat(goal.name()).contains("人均预期寿命延长，人均健康预期寿命提高");
        assertThat(goal.indicators()).extracting(Indicator::name).containsExactly("妇女人均预期寿命", "妇女人均健康预期寿命");
    }

    /** 孕产妇死亡率 ≤12/10万 by 2030, ≤14.5 by 2025; 新生儿死亡率 ≤3.0‰, ≤3.1 by 2025. */
    @Test
    void interimTargetsAreHeldByYear() {
        Target mmr = indicator("china-women-2021-2030", "W21-1.03").target();
        assertThat(mmr.low()).isEqualTo(12.0);
        assertThat(mmr.interim()).containsOnlyKeys(2025);
        assertThat(mmr.interim().get(2025).low()).isEqualTo(14.5);
        assertThat(mmr.interim().get(2025).op()).isEqualTo("<=");
        assertThat(indicator("china-children-2021-2030", "C21-1.01").target().interim().get(2025).low()).isEqualTo(3.1);
    }

    /** Unverified (U in plans-2021-2030.md): women 24 targets (5 of them quantitative), children 15 (9). */
    @Test
    void targetsTheSourcesDoNotConfirmAreMarkedUnverified() {
        assertThat(unverified("china-women-2021-2030")).hasSize(24);
        assertThat(unverified("china-children-2021-2030")).hasSize(15);
        assertThat(unverified("china-women-2021-2030").stream().filter(Indicator::quantitative).map(Indicator::code))
                .containsExactly("W21-2.01", "W21-2.02", "W21-3.03", "W21-4.01", "W21-4.03");
        assertThat(indicator("china-women-2021-2030", "W21-1.05").target().confirmed()).isTrue();
        // 生长迟缓率: the 2030 line is unverified for the 纲要, the 2025 line is seen in 健康儿童行动提升计划
        Target stunting = indicator("china-children-2021-2030", "C21-1.14").target();
        assertThat(stunting.confirmed()).isFalse();
        assertThat(stunting.interim().get(2025).confirmed()).isTrue();
    }

    /** 儿童伤害死亡率以2020年为基数下降20%: a target against the baseline, not a value. */
    @Test
    void injuryMortalityTargetIsAChangeAgainstTheBaseline() {
        Target injury = indicator("china-children-2021-2030", "C21-2.01").target();
        assertThat(injury.baselineChange()).isEqualTo(-20.0);
        assertThat(injury.value()).isEmpty();
        assertThat(injury.numeric()).isTrue();
    }

    /** 取数 is possible: every element a 2021–2030 indicator is computed from is a column of some department's layout. */
    @Test
    void everyElementOfTheNewPlansIsCarriedByADepartmentLayout() {
        Set<String> carried = catalog.sources().values().stream().flatMap(s -> s.values().stream())
                .map(ValueColumn::element).collect(Collectors.toSet());
        Set<String> needed = Stream.of("china-women-2021-2030", "china-children-2021-2030")
                .flatMap(p -> catalog.plan(p).orElseThrow().indicators()).filter(Indicator::quantitative)
                .flatMap(i -> Stream.of(i.computation().numerator(), i.computation().denominator(),
                        i.computation().element())).filter(Objects::nonNull).map(ElementRef::element)
                .collect(Collectors.toSet());
        assertThat(carried).containsAll(needed);
        assertThat(catalog.source("health-services").orElseThrow().department()).isEqualTo("市卫健委");
        assertThat(catalog.source("school-health").orElseThrow().department()).isEqualTo("市教育局");
        assertThat(catalog.source("population").orElseThrow().department()).isEqualTo("市统计局");
        assertThat(catalog.elements().get("pediatric_beds").countsWhole()).isTrue();
        assertThat(catalog.elements().get("childcare_places").countsWhole()).isTrue();
        assertThat(catalog.elements().get("cervical_screened").countsWhole()).isTrue();
    }

    private List<Indicator> unverified(String plan) {
        return catalog.plan(plan).orElseThrow().indicators().filter(i -> !i.target().confirmed()).toList();
    }

    private Indicator indicator(String plan, String code) {
        return catalog.plan(plan).orElseThrow().indicators().filter(i -> i.code().equals(code)).findFirst()
                .orElseThrow();
    }
}
