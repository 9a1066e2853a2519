package org.lianggang.schedule;

import org.lianggang.Messages;
import java.nio.file.Path;
import java.time.Duration;

/** Another run holds the lock: the message names it, so the operator knows whether to wait or look for it. */
public final class RunLockBusyException extends RuntimeException {

    public RunLockBusyException(Path file, String holder, Duration waited) {
        super(Messages.pick("另一个 lianggang 运行持有 ", "another lianggang run holds ") + file
                + (holder.isEmpty() ? "" : " (" + holder + ")")
                + (waited.isZero() ? Messages.pick("；请稍后再运行，或加 --wait 30m 等待它结束",
                "; run again later, or pass --wait 30m to wait for it")
                : Messages.pick("；等待 " + waited + " 后仍被持有", "; still held after waiting " + waited)));
    }
}
