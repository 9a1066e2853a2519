package org.lianggang.schedule;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * When {@code lianggang serve} runs what ({@code lianggang.schedule.*} in application.yml), as Spring cron
 * expressions: second minute hour day-of-month month day-of-week.
 *
 * @param nightly        the nightly run (inbox → ingest → build → after-build steps)
 * @param yearly         the yearly run: build, then the after-build steps for the annual report
 * @param reportYearsAgo which year the yearly run reports on, counted back from the current year (1: last year)
 * @param lockWait       how long a scheduled run waits for the run lock held by a manual run
 * @param shutdownGrace  on SIGTERM, how long a running run may take to finish before the process stops anyway
 */
@ConfigurationProperties("lianggang.schedule")
public record ScheduleProperties(String nightly, String yearly, int reportYearsAgo, Duration lockWait,
                                 Duration shutdownGrace) {
}
