package org.lianggang.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.FileSystemUtils;

class CatalogLoaderTest {

    static final Path SCHEMAS = Path.of("../schemas");

    final Catalog catalog = new CatalogLoader().load(SCHEMAS);

    @Test
    void womenPlanHas77IndicatorsIn7Domains() {
        Plan women = catalog.plan("women-2011-2020").orElseThrow();
        assertThat(women.domains()).hasSize(7);
        assertThat(women.indicators().count()).isEqualTo(77);
        assertThat(women.indicators().filter(Indicator::quantitative).count()).isEqualTo(22);
        assertThat(women.baselineYear()).isEqualTo(2010);
        assertThat(women.targetYear()).isEqualTo(2020);
    }

    @Test
    void childrenPlanHas46IndicatorsIn4Domains() {
        Plan children = catalog.plan("children-2011-2020").orElseThrow();
        assertThat(children.domains()).hasSize(4);
        assertThat(children.indicators().count()).isEqualTo(46);
        assertThat(children.indicators().filter(Indicator::quantitative).count()).isEqualTo(20);
    }

    @Test
    void maternalMortalityIsDeathsPerHundredThousandLiveBirths() {
        Indicator mmr = catalog.indicators().filter(i -> i.name().equals("孕产妇死亡率")).findFirst().orElseThrow();
        assertThat(mmr.computation().method()).isEqualTo(ComputationMethod.RATIO);
        assertThat(mmr.computation().numerator().element()).isEqualTo("maternal_deaths");
        assertThat(mmr.computation().denominator().element()).isEqualTo("live_births");
        assertThat(mmr.computation().factor()).isEqualTo(100000.0);
        assertThat(mmr.target().op()).isEqualTo("<=");
        assertThat(mmr.unit()).isEqualTo("1/10万");
    }

    @Test
    void sexDisaggregatedReferencesDefaultToTotal() {
        assertThat(ElementRef.parse("live_births")).isEqualTo(new ElementRef("live_births", "T", "total", null));
        assertThat(ElementRef.parse(java.util.Map.of("element", "employed_persons", "sex", "F")).sex())
                .isEqualTo("F");
    }

    @Test
    void everySourceLayoutLoadsWithItsExampleBeside() {
        assertThat(catalog.sources().keySet())
                .contains("health", "education", "civil-affairs", "statistics", "assessment");
        catalog.sources().values().forEach(layout ->
                assertThat(SCHEMAS.resolve("sources").resolve(layout.example())).exists());
    }

    @Test
    void liujiangCountyRunsOnAsLiujiangDistrict() {
        Regions regions = catalog.regions();
        assertThat(regions.city().code()).isEqualTo("450200");
        assertThat(regions.all().stream().filter(r -> r.level() == RegionLevel.COUNTY)).hasSize(11);
        assertThat(regions.seriesCode("450221")).isEqualTo("450206");
        assertThat(regions.byCode("450221").orElseThrow().validIn(2016)).isTrue();
        assertThat(regions.byCode("450221").orElseThrow().validIn(2017)).isFalse();
        assertThat(regions.byCode("450206").orElseThrow().validIn(2016)).isFalse();
        assertThat(regions.byCode("450206000000")).map(Region::name).contains("柳江区");
        assertThat(regions.byName("融水县")).map(Region::code).contains("450225");
    }

    /** The generated national table (china.yaml) and 柳州's own file, which says refines: china.yaml, compose. */
    @Test
    void theNationalTableAndLiuzhousFileComposeUnderTheRoot() {
        Regions regions = catalog.regions();
        assertThat(regions.knownCount()).isGreaterThan(3200);
        assertThat(regions.root().parentCode()).isEqualTo("450000");
        assertThat(regions.known("450000")).map(Region::parentCode).contains("100000");
        assertThat(regions.known("100000")).map(Region::level).contains(RegionLevel.COUNTRY);
        assertThat(regions.all()).hasSize(14);
        assertThat(regions.all()).filteredOn(r -> r.level() == RegionLevel.ZONE).extracting(Region::includedIn)
                .containsExactly("450203", "450205");
        assertThat(regions.byName("城中区")).as("西宁's 城中区 630103 lies outside the root")
                .map(Region::code).contains("450202");
        assertThat(regions.byCode("630103")).isEmpty();
    }

    @Test
    void aProvinceRootCoversEveryCityAndCountyOfIt() {
        Regions guangxi = new CatalogLoader().load(SCHEMAS, "450000").regions();
        assertThat(guangxi.all()).filteredOn(r -> r.level() == RegionLevel.CITY).hasSize(14);
        assertThat(guangxi.byCode("450206")).map(Region::aliases).contains(List.of("柳江"));
        assertThat(guangxi.byCode("450221")).as("a historical code of 柳州's file").isPresent();
    }

    @Test
    void unknownElementInAFormulaNamesThePlanAndIndicator(@TempDir Path dir) throws IOException {
        copy(SCHEMAS, dir);
        Path women = dir.resolve("catalog/women-2011-2020.yaml");
        Files.writeString(women, Files.readString(women).replaceFirst("numerator: maternal_deaths",
                "numerator: maternal_deathz"));
        assertThatThrownBy(() -> new CatalogLoader().load(dir)).isInstanceOf(CatalogException.class)
                .hasMessageContaining("women-2011-2020 W1.01：未知数据项 maternal_deathz");
    }

    @Test
    void validationRulesAndRangesAreReadFromTheCatalog() {
        ValidationRule screened = catalog.validationRules().stream()
                .filter(r -> r.id().equals("screened_not_above_due")).findFirst().orElseThrow();
        assertThat(screened.left()).isEqualTo(new ElementRef("women_screened", "T", "total", null));
        assertThat(screened.right().element()).isEqualTo("women_screening_due");
        assertThat(screened.comparison().test(19577.0, 21827.0)).isTrue();
        assertThat(screened.comparison().test(21927.0, 21827.0)).isFalse();
        assertThat(catalog.validationRules()).filteredOn(r -> r.id().equals("female_employed_not_above_total"))
                .singleElement().extracting(r -> r.left().sex()).isEqualTo("F");
        assertThat(catalog.elements().get("life_expectancy").range()).containsExactly(40.0, 100.0);
        assertThat(catalog.elements().get("live_births").range()).isNull();
    }

    /** Ratios legitimately above 100% (接种率, 巩固率, gross enrolment) must never become rules by accident. */
    @Test
    void noRuleBoundsARatioThatMayExceedItsDenominator() {
        assertThat(catalog.validationRules()).noneMatch(r -> r.left().element().equals("vaccination_done")
                || r.left().element().equals("compulsory_graduates"));
    }

    @Test
    void aRuleOnAnUnknownElementOrOperatorIsRefusedAtStart(@TempDir Path dir) throws IOException {
        copy(SCHEMAS, dir);
        Path rules = dir.resolve("catalog/validation-rules.yaml");
        Files.writeString(rules, Files.readString(rules).replaceFirst("left: women_screened, op: \"<=\"",
                "left: women_screenedd, op: \"=<\""));
        assertThatThrownBy(() -> new CatalogLoader().load(dir)).isInstanceOf(CatalogException.class)
                .hasMessageContaining("validation rule screened_not_above_due：op 须为 <=、<、>=、> 或 ==")
                .hasMessageContaining("validation rule screened_not_above_due：未知数据项 women_screenedd");
    }

    static void copy(Path from, Path to) throws IOException {
        FileSystemUtils.copyRecursively(from, to);
    }
}
