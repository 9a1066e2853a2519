package org.lianggang.testing;

import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Every Spring application context started in the test JVM, by {@code @SpringBootTest} or by
 * {@code LianggangApplication.run} in-process: the tests' {@code META-INF/spring.factories} adds this listener to
 * every {@code SpringApplication}. It is global state by nature (one JVM, many test classes), so it holds the
 * contexts weakly and only says which homes open ones still run on.
 */
public final class OpenContexts implements ApplicationListener<ApplicationPreparedEvent> {

    private static final Set<ConfigurableApplicationContext> STARTED =
            Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));
    private static final AtomicLong STARTS = new AtomicLong();

    @Override
    public void onApplicationEvent(ApplicationPreparedEvent event) {
        STARTED.add(event.getApplicationContext());
        STARTS.incrementAndGet();
    }

    /** How many contexts have been started in this JVM so far, closed or not ({@link TierCheck}). */
    static long starts() {
        return STARTS.get();
    }

    /** The {@code lianggang.home} of every context that is still open (refreshed and not closed). */
    static List<Path> homes() {
        synchronized (STARTED) {
            return STARTED.stream().filter(ConfigurableApplicationContext::isActive)
                    .map(c -> c.getEnvironment().getProperty("lianggang.home")).filter(Objects::nonNull)
                    .map(home -> Path.of(home).toAbsolutePath().normalize()).toList();
        }
    }
}
