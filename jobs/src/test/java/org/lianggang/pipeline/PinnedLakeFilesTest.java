package org.lianggang.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import java.sql.ResultSet;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lianggang.lake.Lake;
import org.lianggang.lake.ManifestEntry;

/**
 * A warehouse reads exactly the lake files it was built from: a correction ingested after the build changes
 * neither its fact views nor its report tables, the superseded file stays readable until the next build is swapped
 * in, and that build shows the correction everywhere and deletes the file no warehouse reads any more.
 */
class PinnedLakeFilesTest {

    /** The 2019 在园幼儿数 of 城中区 as the fact view has it, and as indicator_value's numerator computed it (each
     * indicator counting it). */
    private static final String FACT_AND_REPORT = """
            SELECT DISTINCT f.value::bigint, i.numerator::bigint
            FROM indicator_value AS i
            JOIN dim_indicator AS d USING (plan_code, indicator_code)
            JOIN fact_data_value AS f
                ON f.year = i.year AND f.region_code = i.region_code AND f.element = d.numerator_element
                AND f.sex = d.numerator_sex AND f.area = d.numerator_area
                AND f.age_group IS NOT DISTINCT FROM d.numerator_age_group
            WHERE d.numerator_element = 'kindergarten_pupils' AND i.region_code = '450202' AND i.year = 2019
            """;

    @TempDir
    Path home;

    @Test
    void aCorrectionIngestedWithoutABuildChangesNothingReadersSeeUntilTheBuildSwapsItIn() throws Exception {
        Cli.demoInbox(home, 2019);
        Path original = Files.move(home.resolve("inbox/education/2019/education-2019.csv"),
                Files.createDirectories(home.resolve("received")).resolve("education-2019.csv"));
        Path corrected = home.resolve("received/education-2019（更正）.csv");
        String correctedValue = Corrections.write(original, corrected, "450202", "在园幼儿数", 1);
        assertThat(ingest(original).exitCode()).isZero();
        assertThat(Cli.run(home, "build").exitCode()).isZero();
        List<List<String>> built = Pipeline.rows(home, FACT_AND_REPORT);
        assertThat(built).hasSize(1);
        String originalValue = built.get(0).get(0);
        assertThat(built.get(0).get(1)).as("the report tables agree with the fact views").isEqualTo(originalValue);
        Path originalFile = currentFile();

        Cli.Result correction = ingest(corrected);
        assertThat(correction.exitCode()).as(correction.out()).isZero();
        assertThat(currentFile()).isNotEqualTo(originalFile);
        assertThat(originalFile).as("the warehouse in place still reads it").exists();
        assertThat(Pipeline.rows(home, FACT_AND_REPORT)).as("fact views and report tables: the built lake state")
                .containsExactly(List.of(originalValue, originalValue));
        assertThat(Pipeline.count(home, "SELECT count(*) FROM current_load WHERE source = 'education'"
                + " AND file_name = 'education-2019.csv'")).isEqualTo(1);

        assertThat(Cli.run(home, "build").exitCode()).isZero();
        assertThat(Pipeline.rows(home, FACT_AND_REPORT)).containsExactly(List.of(correctedValue, correctedValue));
        assertThat(originalFile).as("no warehouse reads the superseded file after the swap").doesNotExist();
        assertThat(currentFile()).exists();
    }

    /** The warehouse holds the facts itself: a reader connected across a build never needs the deleted file. */
    @Test
    void aReaderConnectedBeforeABuildKeepsAnsweringAfterItDeletedTheSupersededFile() throws Exception {
        Cli.demoInbox(home, 2019);
        Path original = Files.move(home.resolve("inbox/education/2019/education-2019.csv"),
                Files.createDirectories(home.resolve("received")).resolve("education-2019.csv"));
        Path corrected = home.resolve("received/education-2019（更正）.csv");
        Corrections.write(original, corrected, "450202", "在园幼儿数", 1);
        assertThat(ingest(original).exitCode()).isZero();
        assertThat(Cli.run(home, "build").exitCode()).isZero();
        String originalValue = Pipeline.rows(home, FACT_AND_REPORT).get(0).get(0);
        Path originalFile = currentFile();

        try (Connection reader = Pipeline.warehouse(home); Statement statement = reader.createStatement()) {
            assertThat(ingest(corrected).exitCode()).isZero();
            assertThat(Cli.run(home, "build").exitCode()).isZero();
            assertThat(originalFile).doesNotExist();
            try (ResultSet rs = statement.executeQuery(FACT_AND_REPORT)) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo(originalValue);
                assertThat(rs.getString(2)).isEqualTo(originalValue);
            }
        }
    }

    @Test
    void aPartitionRetractedWithoutABuildStaysInTheWarehouseUntilTheNextBuild() throws Exception {
        Cli.demoInbox(home, 2019);
        assertThat(Cli.run(home, "nightly").exitCode()).isZero();
        long values = Pipeline.count(home, "SELECT count(*) FROM fact_data_value WHERE source = 'education'");
        assertThat(values).isPositive();
        Path file = currentFile();

        assertThat(Cli.run(home, "retract", "--source", "education", "--year", "2019", "--no-build").exitCode())
                .isZero();
        assertThat(file).exists();
        assertThat(Pipeline.count(home, "SELECT count(*) FROM fact_data_value WHERE source = 'education'"))
                .isEqualTo(values);

        assertThat(Cli.run(home, "build").exitCode()).isZero();
        assertThat(Pipeline.count(home, "SELECT count(*) FROM fact_data_value WHERE source = 'education'")).isZero();
        assertThat(file.getParent()).doesNotExist();
    }

    private Cli.Result ingest(Path file) {
        return Cli.run(home, "ingest", file.toString(), "--source", "education", "--year", "2019");
    }

    private Path currentFile() throws IOException {
        Lake lake = new Lake(home.resolve("lake"));
        return lake.root().resolve(lake.current("data_value", "education", 2019).map(ManifestEntry::dataFile)
                .orElseThrow());
    }
}
