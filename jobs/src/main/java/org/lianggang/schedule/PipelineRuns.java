package org.lianggang.schedule;

import java.time.Clock;
import java.time.Duration;
import java.util.function.Supplier;
import org.lianggang.LianggangProperties;
import org.lianggang.lake.Lake;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Runs a piece of pipeline work under the run lock. Holding the lock is what makes the housekeeping safe, so it
 * happens here and nowhere else: executions a crash left STARTED are recovered, staged debris is swept, and run
 * logs past their retention are deleted.
 */
@Component
public class PipelineRuns {

    private static final Logger log = LoggerFactory.getLogger(PipelineRuns.class);

    private final RunLock lock;
    private final StaleExecutions stale;
    private final Lake lake;
    private final LogRetention logs;

    PipelineRuns(LianggangProperties properties, LogProperties logProperties, StaleExecutions stale, Lake lake) {
        this.lock = new RunLock(properties.home());
        this.stale = stale;
        this.lake = lake;
        this.logs = new LogRetention(properties.home().resolve("logs"), logProperties.retention(), Clock.systemUTC());
    }

    /**
     * Takes the run lock (waiting up to {@code wait}), cleans up after any crashed run, then runs {@code work}.
     *
     * @throws RunLockBusyException when another run still holds the lock after {@code wait}
     */
    public <T> T exclusive(String command, Duration wait, Supplier<T> work) {
        String holder = lock.holder();
        if (!wait.isZero() && !holder.isEmpty()) {
            log.info("step=lock command={} waiting up to {} for: {}", command, wait, holder);
        }
        try (RunLock.Held held = lock.acquire(command, wait)) {
            log.info("step=lock command={} acquired {}", command, lock.file());
            int recovered = stale.recover().size();
            lake.sweep();
            logs.prune();
            if (recovered > 0) {
                log.info("step=recover recovered={} executions left running by a crash", recovered);
            }
            return work.get();
        }
    }
}
