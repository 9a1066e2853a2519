package org.lianggang.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lianggang.lake.Lake;

/**
 * {@code lianggang serve} as a daemon in a child process: the cron from the configuration fires the nightly run
 * under the run lock, and SIGTERM lets the running run finish before the process ends.
 */
class ServeTest {

    @TempDir
    Path home;

    @Test
    void scheduledNightlyRunsAndSigtermWaitsForTheRunningRun() throws Exception {
        Cli.demoInbox(home, 2019);
        ChildProcess serve = ChildProcess.start(home, home.resolve("out/serve.txt"),
                ChildProcess.faults("staged.ms=1500"), "--lianggang.schedule.nightly=*/2 * * * * *", "serve");
        serve.awaitOutput("FAULT-POINT staged 1", 1, Duration.ofMinutes(3));
        serve.terminate();
        assertThat(serve.waitFor(Duration.ofMinutes(3))).as(serve.output()).isZero();
        assertThat(serve.output()).contains("step=serve stopping")
                .contains("step=scheduled run=nightly result=\"nightly：5 个文件：导入 5")
                .contains("step=serve stopped\n");
        assertThat(new Lake(home.resolve("lake")).manifest()).hasSize(5);
        assertThat(Pipeline.count(home, "SELECT count(*) FROM current_load")).isEqualTo(5);
        assertThat(List.of(serve.output().split("step=lock command=nightly \\(scheduled\\) acquired", -1)))
                .as("one run started before SIGTERM, none after").hasSize(2);
    }

    @Test
    void serveLogsEachNextFireTimeAndSigtermEndsItWithExitZero() throws Exception {
        ChildProcess serve = ChildProcess.start(home, home.resolve("out/serve.txt"), List.of(), "serve");
        serve.awaitOutput("yearly: 0 0 6 15 3 * → 下次运行 next run ", 1, Duration.ofMinutes(3));
        assertThat(serve.output()).containsPattern("nightly: 0 0 2 \\* \\* \\* → 下次运行 next run "
                + "\\d{4}-\\d{2}-\\d{2} 02:00 \\(" + java.util.regex.Pattern.quote(ZoneId.systemDefault().getId()) + "\\)");
        serve.terminate();
        assertThat(serve.waitFor(Duration.ofMinutes(1))).as(serve.output()).isZero();
        assertThat(serve.output()).contains("step=serve stopped\n");
    }
}
