package org.lianggang.schedule;

import java.nio.file.Path;
import java.time.Duration;

/** Another run holds the lock: the message names it, so the operator knows whether to wait or look for it. */
public final class RunLockBusyException extends RuntimeException {

    public RunLockBusyException(Path file, String holder, Duration waited) {
        super("another lianggang run holds " + file + (holder.isEmpty() ? "" : " (" + holder + ")")
                + (waited.isZero() ? "; run again later, or pass --wait 30m to wait for it"
                : "; still held after waiting " + waited));
    }
}
