package org.lianggang.schedule;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds the schedule, inbox and log settings; the scheduler itself starts only under {@code lianggang serve}. */
@Configuration
@EnableConfigurationProperties({ScheduleProperties.class, InboxProperties.class, LogProperties.class})
class ScheduleConfiguration {
}
