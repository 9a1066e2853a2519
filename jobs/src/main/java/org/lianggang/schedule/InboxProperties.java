package org.lianggang.schedule;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the nightly run treats the inbox ({@code lianggang.inbox.*} in application.yml).
 *
 * @param settle a file is taken only when its size and modification time are the same at two looks this far
 *               apart, so that a file still being copied in is left for the next run, never loaded half; 0 turns
 *               the check off (the demo, which writes its files itself)
 */
@ConfigurationProperties("lianggang.inbox")
public record InboxProperties(Duration settle) {

    public InboxProperties {
        settle = settle == null ? Duration.ofSeconds(5) : settle;
        if (settle.isNegative()) {
            throw new IllegalArgumentException("lianggang.inbox.settle must not be negative, not " + settle);
        }
    }
}
