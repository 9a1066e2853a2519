package org.lianggang.testing;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Keeps each test in its tier without anyone remembering a rule: a test class that starts a Spring application
 * context is functional, so it must be where failsafe looks for functional tests (jobs/pom.xml) — in
 * {@code org.lianggang.pipeline}, or named {@code …FunctionalTest} — or it fails and says so. Surefire then never
 * runs one (it leaves both out), and the unit tier stays fast. Registered for every test class by extension
 * auto-detection ({@code junit-platform.properties}).
 */
public final class TierCheck implements BeforeAllCallback, AfterAllCallback {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(TierCheck.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getStore(NAMESPACE).put("starts", OpenContexts.starts());
    }

    @Override
    public void afterAll(ExtensionContext context) {
        Class<?> test = context.getRequiredTestClass();
        Long before = context.getStore(NAMESPACE).get("starts", Long.class);
        if (before != null && OpenContexts.starts() > before && !functional(test)) {
            throw new AssertionError("单元测试不得启动 Spring · " + test.getSimpleName()
                    + " started a Spring context, so it is a functional test: move it to org.lianggang.pipeline or"
                    + " name it …FunctionalTest, and failsafe runs it under verify instead of surefire");
        }
    }

    /** Failsafe's rule in jobs/pom.xml; a nested class is its outer class's. */
    static boolean functional(Class<?> test) {
        Class<?> top = test;
        while (top.getEnclosingClass() != null) {
            top = top.getEnclosingClass();
        }
        return top.getPackageName().startsWith("org.lianggang.pipeline")
                || top.getSimpleName().endsWith("FunctionalTest");
    }
}
