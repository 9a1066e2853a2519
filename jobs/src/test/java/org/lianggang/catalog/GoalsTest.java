package org.lianggang.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The goal level (主要目标) between a domain and its indicators: one goal, several indicators. */
class GoalsTest {

    static final Path SAMPLE = Path.of("src/test/resources/catalog/goals-sample.yaml");

    @TempDir
    Path schemas;

    @Test
    void aGoalIsMonitoredByTwoIndicatorsAndADomainMayListIndicatorsDirectly() throws IOException {
        Plan plan = load().plan("goals-sample").orElseThrow();
        Domain health = plan.domains().get(0);
        assertThat(health.goals()).extracting(Goal::code).containsExactly("X1.G1", "X1.G2");
        assertThat(health.goals().get(0).indicators()).extracting(Indicator::name)
                .containsExactly("人均预期寿命", "人均健康预期寿命");
        assertThat(plan.indicators().map(Indicator::code)).containsExactly("X.01", "X.02", "X.03", "X.09");
        assertThat(health.goalOf("X.02")).map(Goal::code).contains("X1.G1");
        assertThat(health.goalOf("X.09")).isEmpty();
    }

    @Test
    void theOldCatalogsHaveNoGoalsAndKeepTheirIndicators() throws IOException {
        Catalog catalog = load();
        Plan women = catalog.plan("women-2011-2020").orElseThrow();
        assertThat(women.domains()).allSatisfy(d -> assertThat(d.goals()).isEmpty());
        assertThat(women.indicators().count()).isEqualTo(77);
    }

    @Test
    void aGoalCodeUsedTwiceIsPlacedAtTheSecond() throws IOException {
        copy();
        Path file = schemas.resolve("catalog/goals-sample.yaml");
        Files.writeString(file, Files.readString(file).replace("code: \"X1.G2\"", "code: \"X1.G1\""));
        int line = lineOf(file, "code: \"X1.G1\"", 2);
        // the first X1.G1: "      - code: " puts its value at column 15
        String first = new CatalogProblem(file, lineOf(file, "code: \"X1.G1\"", 1), 15, "").where();
        assertThatThrownBy(() -> new CatalogLoader().load(schemas)).isInstanceOf(CatalogException.class)
                .hasMessageContaining("goals-sample.yaml:" + line + ":")
                .hasMessageContaining("goals-sample X1.G1：目标代码重复，亦见于 " + first + "");
    }

    private Catalog load() throws IOException {
        copy();
        return new CatalogLoader().load(schemas);
    }

    private void copy() throws IOException {
        if (!Files.exists(schemas.resolve("catalog"))) {
            CatalogLoaderTest.copy(CatalogLoaderTest.SCHEMAS, schemas);
            Files.copy(SAMPLE, schemas.resolve("catalog/goals-sample.yaml"));
        }
    }

    /** The 1-based line of the n-th occurrence of a text. */
    static int lineOf(Path file, String text, int occurrence) throws IOException {
        String content = Files.readString(file);
        int at = -1;
        for (int k = 0; k < occurrence; k++) {
            at = content.indexOf(text, at + 1);
        }
        return (int) content.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }
}
