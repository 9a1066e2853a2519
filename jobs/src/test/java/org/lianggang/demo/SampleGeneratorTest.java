package org.lianggang.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.lianggang.catalog.Catalog;
import org.lianggang.catalog.CatalogLoader;
import org.lianggang.catalog.ValidationRule;

/**
 * The sample figures of a country demo (root 100000, every county of China, each with its own bias): no county and
 * year breaks a validation rule, so that no row of the generated exports is refused and every total row stays the
 * sum of the rows the warehouse adds up. (With a bias drawn per indicator, 婴儿死亡数 came out above 5岁以下儿童死亡数
 * in some counties.)
 */
class SampleGeneratorTest {

    private static final Path SCHEMAS = Path.of("../schemas").toAbsolutePath().normalize();

    @Test
    void countryDemoCountiesBreakNoValidationRule() {
        Catalog catalog = new CatalogLoader().load(SCHEMAS, DemoScale.COUNTRY.root());
        DemoScenario scenario = new CatalogLoader().read(SCHEMAS.resolve("demo/liuzhou-2010-2020.yaml"),
                DemoScenario.class);
        SampleGenerator generator = new SampleGenerator(catalog, scenario);
        generator.generate();
        assertThat(generator.series()).hasSizeGreaterThan(2800);
        List<String> broken = new ArrayList<>();
        int infantDeathChecks = 0;
        for (String county : generator.series()) {
            for (int year = scenario.years().from(); year <= scenario.years().to(); year++) {
                for (ValidationRule rule : catalog.validationRules()) {
                    Optional<Double> left = generator.valueOrFemaleShare(year, county, rule.left());
                    Optional<Double> right = generator.valueOrFemaleShare(year, county, rule.right());
                    if (left.isEmpty() || right.isEmpty()) {
                        continue;
                    }
                    if (rule.id().equals("infant_deaths_not_above_under5_deaths")) {
                        infantDeathChecks++;
                    }
                    if (!rule.comparison().test(left.get(), right.get())) {
                        broken.add(county + " " + year + " " + rule.id() + ": " + left.get() + " vs " + right.get());
                    }
                }
            }
        }
        assertThat(infantDeathChecks).isEqualTo(generator.series().size() * 11);
        assertThat(broken).isEmpty();
    }
}
