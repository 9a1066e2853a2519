package org.lianggang.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lianggang jobs}: the history with counts and parameters, a rejected file's reason, and the purge. */
class JobHistoryTest {

    @TempDir
    Path home;

    @Test
    void jobsListsExecutionsAndPurgeDeletesTheEndedOnes() throws Exception {
        Cli.demoInbox(home, 2019);
        assertThat(Cli.run(home, "nightly").exitCode()).isZero();

        Cli.Result jobs = Cli.run(home, "jobs");
        assertThat(jobs.exitCode()).isZero();
        // the health export: 11 rows × 36 value columns (28 合计 and 8 城市/农村 columns)
        assertThat(jobs.out()).containsPattern("\\d+\\s+build\\s+COMPLETED")
                .containsPattern("ingest\\s+COMPLETED .*\\s+11\\s+396\\s+0\\s+.*source=health year=2019");

        Cli.Result kept = Cli.run(home, "jobs", "--purge-older-than", "365d");
        assertThat(kept.out()).contains("已清除 0 次");
        Cli.Result purged = Cli.run(home, "jobs", "--purge-older-than", "0s");
        assertThat(purged.exitCode()).as(purged.out()).isZero();
        assertThat(purged.out()).contains("已清除 6 次");
        assertThat(Cli.run(home, "jobs").out()).doesNotContain("COMPLETED");

        assertThat(Cli.run(home, "nightly").out()).as("the lake, not the purged history, knows what is loaded")
                .contains("导入 0，未变 5");
        assertThat(Cli.run(home, "restart", "999").exitCode()).isEqualTo(2);
    }
}
