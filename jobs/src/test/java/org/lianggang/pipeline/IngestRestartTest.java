package org.lianggang.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lianggang.catalog.Catalog;
import org.lianggang.catalog.CatalogLoader;
import org.lianggang.demo.DemoExports;
import org.lianggang.demo.DemoFile;
import org.lianggang.demo.DemoScenario;
import org.lianggang.ingest.IngestLauncher;
import org.lianggang.ingest.IngestOutcome;
import org.lianggang.ingest.IngestProgress;
import org.lianggang.lake.Lake;
import org.lianggang.warehouse.BuildLauncher;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Spring Batch restart after a failure injected in the middle of an ingest (the partition fully staged, not yet
 * committed): nothing is left in the lake or the manifest, the restart is the same job instance, and the finished
 * warehouse equals that of an uninterrupted run.
 */
class IngestRestartTest extends PipelineTestBase {

    @TempDir
    static Path uninterruptedHome;

    @Autowired
    IngestLauncher ingest;
    @Autowired
    BuildLauncher build;
    @Autowired
    Catalog catalog;
    @Autowired
    Lake lake;
    @Autowired
    JobRepository jobRepository;
    @Autowired
    FailOnce failOnce;

    @Test
    void restartAfterMidIngestFailureEqualsUninterruptedRun() throws Exception {
        DemoScenario scenario = new CatalogLoader().read(Pipeline.SCHEMAS.resolve("demo/liuzhou-2010-2020.yaml"),
                DemoScenario.class);
        List<DemoFile> files = new DemoExports(catalog, scenario).writeTo(home.resolve("inbox"));
        DemoFile victim = files.stream().filter(f -> f.source().equals("health") && f.year() == 2019).findFirst()
                .orElseThrow();

        failOnce.armed = true;
        IngestOutcome failed = ingest.ingest(victim.path(), victim.source(), victim.year());
        assertThat(failed.status()).isEqualTo(IngestOutcome.Status.FAILED);
        assertThat(failed.problems()).anyMatch(p -> p.contains("injected failure"));
        assertThat(lake.current("data_value", "health", 2019)).isEmpty();
        assertThat(lake.manifest()).isEmpty();
        assertThat(parquetFiles(home.resolve("lake"))).isEmpty();

        IngestOutcome restarted = ingest.ingest(victim.path(), victim.source(), victim.year());
        assertThat(restarted.status()).isEqualTo(IngestOutcome.Status.LOADED);
        JobInstance instance = jobRepository.getJobExecution(restarted.jobExecutionId()).getJobInstance();
        assertThat(jobRepository.getJobExecutions(instance)).hasSize(2);
        assertThat(lake.manifest()).hasSize(1);

        for (DemoFile file : files) {
            IngestOutcome outcome = ingest.ingest(file.path(), file.source(), file.year());
            assertThat(outcome.status()).isIn(IngestOutcome.Status.LOADED, IngestOutcome.Status.UNCHANGED);
        }
        assertThat(build.build()).isEmpty();

        // the same scenario as above (the demo alone also runs the 2021–2025 one)
        assertThat(Pipeline.run(uninterruptedHome, "demo", "--scenario",
                Pipeline.SCHEMAS.resolve("demo/liuzhou-2010-2020.yaml").toString())).isZero();
        for (String table : List.of("indicator_value", "indicator_status", "report_summary")) {
            assertThat(Warehouses.difference(home, uninterruptedHome, table, "*")).as(table).isZero();
        }
        assertThat(Warehouses.difference(home, uninterruptedHome, "fact_data_value", "* EXCLUDE (loaded_at)"))
                .isZero();
        assertThat(Pipeline.count(home, "SELECT count(*) FROM fact_data_value"))
                .isEqualTo(Pipeline.count(uninterruptedHome, "SELECT count(*) FROM fact_data_value"));
    }

    private static List<Path> parquetFiles(Path dir) throws Exception {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(f -> f.toString().endsWith(".parquet") && !f.toString().contains("_schema"))
                    .toList();
        }
    }

    /** Fails the next load once the partition is staged, before it is committed. */
    static class FailOnce implements IngestProgress {

        volatile boolean armed;

        @Override
        public void rowsRead(String file, long rows) {
        }

        @Override
        public void staged(String file, long rows) {
            if (armed) {
                armed = false;
                throw new IllegalStateException("injected failure after staging " + rows + " rows of " + file);
            }
        }
    }

    @TestConfiguration
    static class FaultInjection {

        @Bean
        @Primary
        FailOnce failOnce() {
            return new FailOnce();
        }
    }
}
