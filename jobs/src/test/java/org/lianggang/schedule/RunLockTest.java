package org.lianggang.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The run lock within one JVM (serve runs scheduled runs beside manual ones); across processes and after kill -9
 * it is exercised by the child-process tests in {@code CrashTest}.
 */
class RunLockTest {

    @TempDir
    Path home;

    @Test
    void aSecondRunIsRefusedWithTheHolderNamedAndMayTakeTheLockOnceReleased() {
        RunLock lock = new RunLock(home);
        try (RunLock.Held held = lock.acquire("nightly", Duration.ZERO)) {
            assertThat(lock.holder()).contains("pid " + ProcessHandle.current().pid()).contains("'nightly'");
            assertThatThrownBy(() -> new RunLock(home).acquire("build", Duration.ZERO))
                    .isInstanceOf(RunLockBusyException.class)
                    .hasMessageContaining("command 'nightly'").hasMessageContaining("--wait");
        }
        assertThat(lock.holder()).isEmpty();
        try (RunLock.Held again = new RunLock(home).acquire("build", Duration.ZERO)) {
            assertThat(lock.holder()).contains("'build'");
        }
    }

    @Test
    void aWaitingRunGetsTheLockWhenTheHolderReleasesItAndGivesUpAfterItsWait() throws Exception {
        RunLock lock = new RunLock(home);
        RunLock.Held held = lock.acquire("nightly", Duration.ZERO);
        assertThatThrownBy(() -> new RunLock(home).acquire("build", Duration.ofMillis(600)))
                .isInstanceOf(RunLockBusyException.class).hasMessageContaining("等待 PT0.6S 后仍被持有");
        CompletableFuture<String> waiting = CompletableFuture.supplyAsync(() -> {
            try (RunLock.Held mine = new RunLock(home).acquire("build", Duration.ofSeconds(30))) {
                return lock.holder();
            }
        });
        Thread.sleep(500);
        assertThat(waiting).isNotDone();
        held.close();
        assertThat(waiting.get(10, TimeUnit.SECONDS)).contains("'build'");
    }
}
