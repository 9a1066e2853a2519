package org.lianggang.schedule;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import org.springframework.scheduling.support.CronExpression;

/**
 * When a schedule fires next, as {@code serve} logs it at start, in local time: an operator reads
 * {@code nightly: 0 0 2 * * * → 下次运行 2026-12-03 02:00 (Asia/Shanghai)} rather than decoding the cron.
 */
record NextRun(String name, String cron, ZonedDateTime next) {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    static NextRun after(String name, String cron, ZonedDateTime now) {
        return new NextRun(name, cron, CronExpression.parse(cron).next(now));
    }

    @Override
    public String toString() {
        return name + ": " + cron + " → 下次运行 next run " + (next == null ? "从不 never"
                : LOCAL.format(next) + " (" + next.getZone().getId() + ")");
    }
}
