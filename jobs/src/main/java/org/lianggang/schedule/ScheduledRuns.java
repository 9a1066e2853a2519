package org.lianggang.schedule;

import java.io.PrintWriter;
import java.time.ZonedDateTime;
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
import sun.misc.Signal;

/**
 * The scheduler behind {@code lianggang serve}: the nightly and yearly runs on the cron expressions of
 * {@link ScheduleProperties}, each under the run lock, so that a manual run and a scheduled one never overlap.
 * Nothing is scheduled until {@link #start}: other commands share this bean but never start it.
 *
 * <p>Once started, SIGTERM (systemd's stop) no longer ends the JVM at once: {@link #stop} stops the scheduler,
 * letting a running run finish for up to the configured grace, and only then does {@code serve} return and the
 * process exit, 0 (or 1 when the grace ran out; the run cut short is recovered and restarted by the next one).
 * The JobRepository stays open until then, so a run that finishes in time is recorded as completed.
 */
@Component
public class ScheduledRuns implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ScheduledRuns.class);

    private final ScheduleProperties schedule;
    private final PipelineRuns runs;
    private final NightlyRun nightly;
    private final YearlyRun yearly;
    private final CountDownLatch done = new CountDownLatch(1);
    private final List<ScheduledFuture<?>> triggers = new ArrayList<>();
    private ThreadPoolTaskScheduler scheduler;
    private boolean stopped;
    private boolean cutShort;

    ScheduledRuns(ScheduleProperties schedule, PipelineRuns runs, NightlyRun nightly, YearlyRun yearly) {
        this.schedule = schedule;
        this.runs = runs;
        this.nightly = nightly;
        this.yearly = yearly;
    }

    /** Starts the schedule; {@code out} is {@code serve}'s standard output, as for {@link NightlyRun#run}. */
    public synchronized void start(PrintWriter out) {
        scheduler = new ThreadPoolTaskScheduler();
        scheduler.setPoolSize(1);
        scheduler.setThreadNamePrefix("lianggang-run-");
        scheduler.setWaitForTasksToCompleteOnShutdown(true);
        scheduler.setAwaitTerminationSeconds((int) schedule.shutdownGrace().toSeconds());
        scheduler.initialize();
        // Instead of the JVM's own handler, which would start the shutdown hooks at once and exit 143.
        Signal.handle(new Signal("TERM"), signal -> stop());
        triggers.add(scheduler.schedule(() -> run("nightly", () -> nightly.run(out).line()),
                new CronTrigger(schedule.nightly())));
        triggers.add(scheduler.schedule(() -> run("yearly", () -> {
            var failures = yearly.run(out);
            return failures.isEmpty() ? "yearly run done" : "yearly run FAILED: " + failures;
        }), new CronTrigger(schedule.yearly())));
        ZonedDateTime now = ZonedDateTime.now();
        log.info("step=serve nightly=\"{}\" yearly=\"{}\" started; SIGTERM stops it after the running run",
                schedule.nightly(), schedule.yearly());
        log.info("step=serve {}", NextRun.after("nightly", schedule.nightly(), now));
        log.info("step=serve {}", NextRun.after("yearly", schedule.yearly(), now));
    }

    /** Blocks until the application shuts down. */
    public void awaitShutdown() throws InterruptedException {
        done.await();
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

    /** Whether the last stop let every run finish (false: the grace ran out with a run still going). */
    public synchronized boolean stoppedCleanly() {
        return !cutShort;
    }

    /** Stops scheduling and waits up to the grace for a running run; {@link #awaitShutdown} returns after it. */
    public synchronized void stop() {
        if (scheduler != null && !stopped) {
            stopped = true;
            log.info("step=serve stopping: waiting up to {} for a running run", schedule.shutdownGrace());
            // Cancel the future firings first (without interrupting a running one): otherwise the executor would
            // wait for the next 02:00 before it counts as terminated.
            triggers.forEach(t -> t.cancel(false));
            scheduler.shutdown();
            cutShort = !scheduler.getScheduledExecutor().isTerminated();
            log.info("step=serve stopped{}", cutShort ? ": a run was still going after the grace" : "");
        }
        done.countDown();
    }

    @Override
    public void destroy() {
        stop();
    }
}
