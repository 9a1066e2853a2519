package org.lianggang.schedule;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long run logs are kept ({@code lianggang.logs.*} in application.yml).
 *
 * @param retention a log file under {@code <home>/logs/} last written longer ago than this is deleted by the next
 *                  run that takes the run lock; 0 keeps every log
 */
@ConfigurationProperties("lianggang.logs")
public record LogProperties(Duration retention) {

    public LogProperties {
        retention = retention == null ? Duration.ofDays(90) : retention;
        if (retention.isNegative()) {
            throw new IllegalArgumentException("lianggang.logs.retention must not be negative, not " + retention);
        }
    }
}
