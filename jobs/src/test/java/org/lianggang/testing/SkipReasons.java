package org.lianggang.testing;

import java.util.function.Consumer;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;

/**
 * Prints one line for every test or class that did not run, with its reason, so that Maven's console says what a
 * run left out ({@code SKIPPED PostgresRepositoryTest.nightly…: LIANGGANG_TEST_PG_URL is not set …}): a disabled
 * one and one whose assumption failed (JUnit reports it aborted, Surefire counts it skipped, neither prints why).
 * Registered for every launcher by {@code META-INF/services/org.junit.platform.launcher.TestExecutionListener}.
 */
public final class SkipReasons implements TestExecutionListener {

    private final Consumer<String> console;

    public SkipReasons() {
        this(line -> System.out.println(line));
    }

    SkipReasons(Consumer<String> console) {
        this.console = console;
    }

    @Override
    public void executionSkipped(TestIdentifier test, String reason) {
        console.accept("SKIPPED " + name(test) + ": " + reason);
    }

    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        if (result.getStatus() == TestExecutionResult.Status.ABORTED) {
            console.accept("SKIPPED " + name(test) + ": " + result.getThrowable().map(Throwable::getMessage)
                    .orElse("aborted"));
        }
    }

    private static String name(TestIdentifier test) {
        return test.getSource().map(source -> {
            if (source instanceof MethodSource method) {
                return simpleName(method.getClassName()) + "." + method.getMethodName();
            }
            return source instanceof ClassSource type ? simpleName(type.getClassName()) : test.getDisplayName();
        }).orElse(test.getDisplayName());
    }

    private static String simpleName(String className) {
        return className.substring(className.lastIndexOf('.') + 1);
    }
}
