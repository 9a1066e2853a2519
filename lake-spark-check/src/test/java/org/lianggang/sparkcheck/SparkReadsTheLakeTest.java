package org.lianggang.sparkcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

/**
 * A province that outgrows one machine reads the same lake with a distributed engine: Spark in local mode reads
 * {@code lake/data_value} and {@code lake/load_manifest} as plain Hive-partitioned Parquet (no lianggang code on
 * its classpath), keeps each partition's current file as the manifest says, and computes the city's 孕产妇死亡率
 * of 2019 as the ratio of the counties' summed numerators and denominators — equal to what the warehouse holds in
 * {@code indicator_value}, for the headline row and the 城市 and 农村 rows. The lake is the demo's, written by the
 * jobs module's jar. Runs when {@code LIANGGANG_TEST_SPARK} is set ({@code .ci/run} sets it; the module is only
 * built then, so a developer's {@code ./mvnw verify} never downloads Spark).
 */
@EnabledIfEnvironmentVariable(named = "LIANGGANG_TEST_SPARK", matches = ".+")
class SparkReadsTheLakeTest {

    private static final Path REPO = Path.of(System.getProperty("lianggang.repo", "..")).toAbsolutePath().normalize();

    @TempDir
    Path home;

    @Test
    void sparkComputesTheCityRatioOfOneIndicatorEqualToTheWarehouse() throws Exception {
        Path jar = REPO.resolve("jobs/target/lianggang.jar");
        assertTrue(Files.isRegularFile(jar), "build the jobs module first: " + jar);
        String java = ProcessHandle.current().info().command().orElse("java");
        Process demo = new ProcessBuilder(java, "-Dlianggang.schemas=" + REPO.resolve("schemas"),
                "-Dlianggang.models=" + REPO.resolve("warehouse"), "-jar", jar.toString(), "--home", home.toString(),
                "demo").inheritIO().start();
        // within the test's timeout (junit-platform.properties), and never left running after it
        if (!demo.waitFor(8, TimeUnit.MINUTES)) {
            demo.destroyForcibly();
            fail("the demo did not finish in 8 minutes");
        }
        assertEquals(0, demo.exitValue(), "the demo ran");

        String lake = home.resolve("lake").toString();
        SparkSession spark = SparkSession.builder().master("local[2]").appName("lianggang-lake-check")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "4")
                .config("spark.sql.session.timeZone", "UTC").getOrCreate();
        try {
            spark.read().parquet(lake + "/data_value").createOrReplaceTempView("data_value");
            spark.read().parquet(lake + "/load_manifest")
                    .selectExpr("*", "cast(regexp_extract(input_file_name(), '(\\\\d{20})\\\\.parquet$', 1)"
                            + " as bigint) as sequence")
                    .createOrReplaceTempView("load_manifest");
            // the partition columns come from the path: year as a number, source as text
            assertEquals("IntegerType", spark.table("data_value").schema().apply("year").dataType().toString());
            List<Row> rows = spark.sql("""
                    WITH newest AS (
                        SELECT *, row_number() OVER (PARTITION BY table_name, source, year
                                                     ORDER BY sequence DESC) AS n
                        FROM load_manifest),
                    current_load AS (
                        SELECT source, year, sha256 FROM newest
                        WHERE n = 1 AND table_name = 'data_value' AND data_file <> ''),
                    counties AS (
                        SELECT d.area,
                               sum(CASE WHEN d.element = 'maternal_deaths' THEN d.value END) AS numerator,
                               sum(CASE WHEN d.element = 'live_births' THEN d.value END) AS denominator
                        FROM data_value AS d
                        JOIN current_load AS c
                            ON c.source = d.source AND c.year = d.year AND c.sha256 = d.file_sha256
                        WHERE d.year = 2019 AND d.sex = 'T' AND d.age_group IS NULL
                          AND d.region_code LIKE '4502%' AND d.region_code <> '450200'
                        GROUP BY d.area)
                    SELECT area, numerator / denominator * 100000 AS value FROM counties ORDER BY area
                    """).collectAsList();
            assertEquals(3, rows.size(), "total, urban and rural: " + rows);
            try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + home.resolve("warehouse.duckdb"),
                    readOnly()); Statement s = c.createStatement()) {
                for (Row row : rows) {
                    try (ResultSet rs = s.executeQuery("SELECT value FROM indicator_value WHERE year = 2019"
                            + " AND region_code = '450200' AND indicator_code = 'W1.01' AND sex = 'T' AND area = '"
                            + row.getString(0) + "'")) {
                        assertTrue(rs.next(), "indicator_value has W1.01 2019 " + row.getString(0));
                        double warehouse = rs.getDouble(1);
                        assertEquals(warehouse, row.getDouble(1), 1e-9 * warehouse,
                                "孕产妇死亡率 2019 " + row.getString(0));
                    }
                }
            }
        } finally {
            spark.stop();
        }
    }

    private static java.util.Properties readOnly() {
        java.util.Properties properties = new java.util.Properties();
        properties.setProperty("duckdb.read_only", "true");
        return properties;
    }
}
