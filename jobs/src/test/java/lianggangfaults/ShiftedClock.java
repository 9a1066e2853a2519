package lianggangfaults;

import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A machine clock that is off ({@code spring.main.sources=lianggangfaults.ShiftedClock} with
 * {@code faults.clock.offset=PT1H}): an NTP correction pending, a VM resumed, a wrong BIOS clock. The lake records
 * its commit times by it; which load is current must not depend on it.
 */
@Configuration(proxyBeanMethods = false)
public class ShiftedClock {

    @Bean
    Clock offsetClock(@Value("${faults.clock.offset:PT0S}") Duration offset) {
        return Clock.offset(Clock.systemUTC(), offset);
    }
}
