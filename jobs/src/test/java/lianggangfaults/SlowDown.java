package lianggangfaults;

import org.lianggang.ingest.IngestProgress;
import org.lianggang.FileMover;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * Fault-test hooks for the real application run as a child process ({@code -Dspring.main.sources=
 * lianggangfaults.SlowDown}): each point a test may kill the process at prints a {@code FAULT-POINT} line and
 * pauses, so that the kill lands there. It lives outside {@code org.lianggang} so that no component scan ever
 * picks it up; only the child processes that ask for it get it.
 *
 * <p>Points: {@code staged} (a partition fully staged, before its commit), {@code move} (before every
 * publishing rename in the lake: the data file, then its manifest entry) and {@code report} (a year's report set
 * fully written, before the rename that swaps it in as {@code reports/<year>}). {@code -Dfaults.<point>.ms=N} pauses N ms at every
 * occurrence; {@code -Dfaults.<point>.hang=K} hangs at the K-th occurrence, waiting for the kill.
 */
@Configuration(proxyBeanMethods = false)
public class SlowDown {

    @Bean
    @Primary
    IngestProgress pausingProgress() {
        return new IngestProgress() {
            @Override
            public void rowsRead(String file, long rows) {
            }

            @Override
            public void staged(String file, long rows) {
                point("staged", file);
            }
        };
    }

    @Bean
    FileMover pausingMover() {
        return (from, to) -> {
            boolean report = to.getParent() != null && to.getParent().getFileName().toString().equals("reports");
            point(report ? "report" : "move", to.getFileName().toString());
            FileMover.ATOMIC.move(from, to);
        };
    }

    private static final java.util.Map<String, java.util.concurrent.atomic.AtomicInteger> SEEN =
            new java.util.concurrent.ConcurrentHashMap<>();

    private static void point(String point, String what) {
        int seen = SEEN.computeIfAbsent(point, p -> new java.util.concurrent.atomic.AtomicInteger()).incrementAndGet();
        boolean hang = seen == Integer.getInteger("faults." + point + ".hang", 0);
        System.out.println("FAULT-POINT " + point + " " + seen + " " + what + (hang ? " HANGING" : ""));
        System.out.flush();
        try {
            Thread.sleep(hang ? 600_000 : Long.getLong("faults." + point + ".ms", 0));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
