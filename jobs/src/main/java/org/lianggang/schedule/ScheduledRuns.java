package org.lianggang.schedule;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ScheduledFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.scheduling.support.CronTrigger;
import org.springframework.stereotype.Component;

/**
 * The scheduler behind {@code lianggang serve}: the nightly and yearly runs on the cron expressions of
 * {@link ScheduleProperties}, each under the run lock, so that a manual run and a scheduled one never overlap.
 * Nothing is scheduled until {@link #start}: other commands share this bean but never start it.
 *
 * <p>On SIGTERM Spring closes the context and {@link #destroy} stops the scheduler, letting a running run finish
 * for up to the configured grace; a run cut short even so is recovered and restarted by the next one.
 */
@Component
public class ScheduledRuns implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ScheduledRuns.class);

    private final ScheduleProperties schedule;
    private final PipelineRuns runs;
    private final NightlyRun nightly;
    private final YearlyRun yearly;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final List<ScheduledFuture<?>> triggers = new ArrayList<>();
    private ThreadPoolTaskScheduler scheduler;

    ScheduledRuns(ScheduleProperties schedule, PipelineRuns runs, NightlyRun nightly, YearlyRun yearly) {
        this.schedule = schedule;
        this.runs = runs;
        this.nightly = nightly;
        this.yearly = yearly;
    }

    public synchronized void start() {
        scheduler = new ThreadPoolTaskScheduler();
        scheduler.setPoolSize(1);
        scheduler.setThreadNamePrefix("lianggang-run-");
        scheduler.setWaitForTasksToCompleteOnShutdown(true);
        scheduler.setAwaitTerminationSeconds((int) schedule.shutdownGrace().toSeconds());
        scheduler.initialize();
        triggers.add(scheduler.schedule(() -> run("nightly", () -> nightly.run().line()),
                new CronTrigger(schedule.nightly())));
        triggers.add(scheduler.schedule(() -> run("yearly", () -> {
            var failures = yearly.run();
            return failures.isEmpty() ? "yearly run done" : "yearly run FAILED: " + failures;
        }), new CronTrigger(schedule.yearly())));
        log.info("step=serve nightly=\"{}\" yearly=\"{}\" started; SIGTERM stops it after the running run",
                schedule.nightly(), schedule.yearly());
    }

    /** Blocks until the application shuts down. */
    public void awaitShutdown() throws InterruptedException {
        stopped.await();
    }

    private void run(String name, java.util.function.Supplier<String> work) {
        try {
            log.info("step=scheduled run={} result=\"{}\"", name, runs.exclusive(name + " (scheduled)",
                    schedule.lockWait(), work));
        } catch (RuntimeException e) {
            // A scheduled run must never kill the scheduler: log it, the next firing tries again.
            log.error("step=scheduled run={} result=FAILED reason=\"{}\"", name, e.getMessage());
        }
    }

    @Override
    public synchronized void destroy() {
        if (scheduler != null) {
            log.info("step=serve stopping: waiting up to {} for a running run", schedule.shutdownGrace());
            // Cancel the future firings first (without interrupting a running one): otherwise the executor would
            // wait for the next 02:00 before it counts as terminated.
            triggers.forEach(t -> t.cancel(false));
            scheduler.shutdown();
        }
        stopped.countDown();
    }
}
