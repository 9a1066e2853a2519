package org.lianggang.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JobRepository on a real PostgreSQL, chosen by configuration alone ({@code --spring.datasource.url=…}).
 * {@code .ci/run} installs and starts PostgreSQL and sets {@code LIANGGANG_TEST_PG_URL}; without it (a developer's
 * machine without PostgreSQL) the test is skipped and says so. Each run gets its own schema.
 */
class PostgresRepositoryTest {

    private static final String URL = System.getenv("LIANGGANG_TEST_PG_URL");
    private static final String RESTART = System.getenv("LIANGGANG_TEST_PG_RESTART");

    @TempDir
    Path home;

    @Test
    void nightlyJobsAndRestartRunWithTheRepositoryInPostgres() throws Exception {
        String url = schemaUrl();
        Cli.demoInbox(home, 2019);
        Cli.Result nightly = Cli.run(home, "--spring.datasource.url=" + url, "nightly");
        assertThat(nightly.exitCode()).as(nightly.out()).isZero();
        assertThat(nightly.out()).contains("导入 5");
        assertThat(home.resolve("jobs")).as("no embedded repository was created").doesNotExist();

        Cli.Result jobs = Cli.run(home, "--spring.datasource.url=" + url, "jobs");
        assertThat(jobs.out()).containsPattern("ingest\\s+COMPLETED .*source=health year=2019");
        assertThat(Cli.run(home, "--spring.datasource.url=" + url, "nightly").out())
                .contains("导入 0，未变 5");
        assertThat(Cli.run(home, "--spring.datasource.url=" + url, "jobs", "--purge-older-than", "0s").out())
                .contains("已清除 7 次");
    }

    /**
     * PostgreSQL restarted while a nightly run uses it: the run either rides over it (the pool replaces dead
     * connections) or fails with clear lines and exit code 1; either way the next run completes the inbox.
     */
    @Test
    void aPostgresRestartMidRunFailsClearlyOrRecoversAndTheNextRunSucceeds() throws Exception {
        String url = schemaUrl();
        assumeTrue(RESTART != null, "LIANGGANG_TEST_PG_RESTART is not set (.ci/run sets it): restart test skipped");
        Cli.demoInbox(home, 2019);
        ChildProcess child = ChildProcess.start(home, home.resolve("out/pg.txt"),
                ChildProcess.faults("staged.ms=1500"), "--spring.datasource.url=" + url, "nightly");
        child.awaitOutput("FAULT-POINT staged 2", 1, Duration.ofMinutes(3));
        Process restart = new ProcessBuilder("sh", "-c", RESTART).inheritIO().start();
        assertThat(restart.waitFor()).isZero();
        int exit = child.waitFor(Duration.ofMinutes(3));
        String out = child.output();
        assertThat(exit).as(out).isIn(0, 1);
        if (exit == 1) {
            assertThat(out).containsPattern("(?m)^(FAILED |构建失败：|错误：).+");
        }
        Cli.Result next = Cli.run(home, "--spring.datasource.url=" + url, "nightly");
        assertThat(next.exitCode()).as(next.out()).isZero();
        assertThat(next.out()).contains("nightly：5 个文件：").contains("被拒 0，失败 0");
        assertThat(Pipeline.count(home, "SELECT count(*) FROM current_load WHERE year = 2019")).isEqualTo(5);
    }

    private static String schemaUrl() throws Exception {
        assumeTrue(URL != null, "LIANGGANG_TEST_PG_URL is not set: no PostgreSQL to test against (.ci/run sets it)");
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection(URL); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
        return URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }
}
