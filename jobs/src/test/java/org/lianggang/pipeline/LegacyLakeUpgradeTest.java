package org.lianggang.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.FileSystemUtils;

/**
 * A lake written before it was Hive-clean (source and year inside every data file as well as in its path, which
 * pandas and Spark refuse) is upgraded by the next build: afterwards no data file holds a partition column, the
 * warehouse holds exactly the rows the old files held, and a second build rewrites nothing. The fixture under
 * {@code src/test/resources/legacy-lake/} is the lake lianggang wrote at commit 80cdd83 (before the change) for the
 * demo's health and assessment exports of 2019.
 */
class LegacyLakeUpgradeTest {

    private static final Path FIXTURE = Path.of("src/test/resources/legacy-lake").toAbsolutePath();
    private static final String FACT_COLUMNS =
            "year, region_code, element, sex, area, age_group, value, source, file_sha256, row_number";

    @TempDir
    Path home;

    @Test
    void theNextBuildRewritesEveryOldFileAndKeepsEveryRow() throws Exception {
        FileSystemUtils.copyRecursively(FIXTURE, home.resolve("lake"));
        assertThat(partitionColumnsInFiles(home.resolve("lake"))).as("the fixture is in the old format").isPositive();

        assertThat(Cli.run(home, "build").exitCode()).isZero();

        assertThat(dataFiles(home.resolve("lake"))).isNotEmpty();
        assertThat(partitionColumnsInFiles(home.resolve("lake"))).isZero();
        // every row the old files held, and nothing else, with source and year now read from the path
        String old = "SELECT " + FACT_COLUMNS + " FROM read_parquet('" + FIXTURE
                + "/data_value/**/*.parquet', hive_partitioning = false)";
        String built = "SELECT " + FACT_COLUMNS + " FROM fact_data_value";
        assertThat(Pipeline.count(home, "SELECT count(*) FROM fact_data_value")).isEqualTo(308);
        assertThat(Pipeline.rows(home, "(" + old + " EXCEPT ALL " + built + ") UNION ALL (" + built + " EXCEPT ALL "
                + old + ")")).isEmpty();
        assertThat(Pipeline.count(home, "SELECT count(*) FROM fact_assessment")).isEqualTo(891);

        List<Path> upgraded = dataFiles(home.resolve("lake"));
        assertThat(Cli.run(home, "build").exitCode()).isZero();
        assertThat(dataFiles(home.resolve("lake"))).as("a second build rewrites nothing").isEqualTo(upgraded);
    }

    /** How many partition columns (source, year) the lake's data files hold inside themselves. */
    private static long partitionColumnsInFiles(Path lake) throws Exception {
        long found = 0;
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            for (Path file : dataFiles(lake)) {
                try (ResultSet rs = s.executeQuery("SELECT count(*) FROM parquet_schema('" + file
                        + "') WHERE name IN ('source', 'year')")) {
                    rs.next();
                    found += rs.getLong(1);
                }
            }
        }
        return found;
    }

    private static List<Path> dataFiles(Path lake) throws Exception {
        try (Stream<Path> files = Stream.concat(Files.walk(lake.resolve("data_value")),
                Files.walk(lake.resolve("assessment")))) {
            return files.filter(f -> f.toString().endsWith(".parquet")).sorted().toList();
        }
    }
}
