package org.lianggang.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class NextRunTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Test
    void nextFireTimeIsPrintedInLocalTimeBesideTheCron() {
        ZonedDateTime now = ZonedDateTime.of(2026, 12, 2, 23, 15, 0, 0, SHANGHAI);
        assertThat(NextRun.after("nightly", "0 0 2 * * *", now))
                .hasToString("nightly: 0 0 2 * * * → 下次运行 next run 2026-12-03 02:00 (Asia/Shanghai)");
        assertThat(NextRun.after("yearly", "0 0 6 15 3 *", now))
                .hasToString("yearly: 0 0 6 15 3 * → 下次运行 next run 2027-03-15 06:00 (Asia/Shanghai)");
    }
}
