package org.lianggang.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.lianggang.LianggangApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The suite's own guards, each on a small example class run by a JUnit launcher of its own with this suite's
 * {@code junit-platform.properties}: a test that hangs fails at the default timeout, a class that leaves a Spring
 * context open on its temporary home fails, a class outside the functional tier that starts Spring fails, a skipped
 * test prints why. (Neither surefire nor failsafe runs the example classes: they leave out nested classes, and
 * {@link StartsSpringOutsideItsTier}'s name is no test's.) Functional itself, since its examples start Spring.
 */
class SuiteGuardsFunctionalTest {

    /** The default timeout, shortened for the example; the thread mode is the suite's. */
    @Test
    void aTestThatHangsIgnoringInterruptsFailsAtTheTimeout() throws Exception {
        try {
            CompletableFuture<List<String>> run = CompletableFuture.supplyAsync(() -> run(HangsIgnoringInterrupts.class,
                    Map.of("junit.jupiter.execution.timeout.default", "1 s")));
            List<String> results = run.get(60, TimeUnit.SECONDS);
            assertThat(results).anySatisfy(line -> assertThat(line).startsWith("FAILED hangs(): ")
                    .contains("timed out after 1 second"));
        } finally {
            HangsIgnoringInterrupts.released = true;
        }
    }

    @Test
    void aClassThatLeavesItsContextOpenOnItsHomeFails() throws Exception {
        try {
            List<String> results = run(LeavesItsContextOpen.class, Map.of());
            assertThat(results).contains("SUCCESSFUL opensAContext()");
            assertThat(results).anySatisfy(line -> assertThat(line).startsWith("FAILED ")
                    .contains("a Spring context is still open on " + LeavesItsContextOpen.home)
                    .contains("after LeavesItsContextOpen"));
        } finally {
            if (LeavesItsContextOpen.context != null) {
                SpringApplication.exit(LeavesItsContextOpen.context);
            }
        }
        assertThat(OpenContexts.homes()).doesNotContain(LeavesItsContextOpen.home);
        try (Stream<Path> files = Files.walk(LeavesItsContextOpen.home)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    @Test
    void aClassOutsideTheFunctionalTierThatStartsSpringFails() {
        List<String> results = run(StartsSpringOutsideItsTier.class, Map.of());
        assertThat(results).contains("SUCCESSFUL startsAndClosesAContext()");
        assertThat(results).anySatisfy(line -> assertThat(line).startsWith("FAILED StartsSpringOutsideItsTier: ")
                .contains("StartsSpringOutsideItsTier started a Spring context, so it is a functional test"));
        assertThat(TierCheck.functional(StartsSpringOutsideItsTier.class)).isFalse();
        assertThat(TierCheck.functional(LeavesItsContextOpen.class)).isTrue();
    }

    @Test
    void aSkippedTestPrintsItsReason() {
        List<String> console = new ArrayList<>();
        run(Skipped.class, Map.of(), new SkipReasons(console::add));
        assertThat(console).containsExactlyInAnyOrder(
                "SKIPPED SuiteGuardsFunctionalTest$Skipped.assumed: Assumption failed: LIANGGANG_EXAMPLE is not set: example skipped",
                "SKIPPED SuiteGuardsFunctionalTest$Skipped.disabled: not for this machine");
    }

    static class HangsIgnoringInterrupts {

        static volatile boolean released;

        /** Waits as ReadAheadRows.close would for a reader that never stops: an interrupt does not end it. */
        @Test
        void hangs() {
            while (!released) {
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    // keeps waiting, as ReadAheadRows.close does
                }
            }
        }
    }

    static class LeavesItsContextOpen {

        @TempDir(cleanup = CleanupMode.NEVER) // deleted by the test once it has closed the context
        static Path home;
        static ConfigurableApplicationContext context;

        @BeforeAll
        static void start() {
            context = LianggangApplication.run(Map.of("lianggang.cli.enabled", "false",
                    "lianggang.schemas", Path.of("../schemas").toAbsolutePath().normalize().toString(),
                    "lianggang.models", Path.of("../warehouse").toAbsolutePath().normalize().toString()),
                    "--home", home.toString());
        }

        @Test
        void opensAContext() {
            assertThat(context.isActive()).isTrue();
        }
    }

    static class Skipped {

        @Test
        void assumed() {
            assumeTrue(false, "LIANGGANG_EXAMPLE is not set: example skipped");
        }

        @Test
        @Disabled("not for this machine")
        void disabled() {
        }
    }

    /** Runs one example class; returns "STATUS name: message" for each test and class that finished. */
    private static List<String> run(Class<?> example, Map<String, String> parameters,
                                    TestExecutionListener... listeners) {
        List<String> results = new ArrayList<>();
        Launcher launcher = LauncherFactory.create(LauncherConfig.builder()
                .enableTestExecutionListenerAutoRegistration(false).build());
        TestExecutionListener recorder = new TestExecutionListener() {
            @Override
            public void executionFinished(TestIdentifier test, TestExecutionResult result) {
                if (!test.getUniqueId().endsWith("[engine:junit-jupiter]")) {
                    results.add(result.getStatus() + " " + test.getDisplayName()
                            + result.getThrowable().map(t -> ": " + t.getMessage()).orElse(""));
                }
            }
        };
        List<TestExecutionListener> all = new ArrayList<>(List.of(listeners));
        all.add(recorder);
        launcher.execute(LauncherDiscoveryRequestBuilder.request().selectors(selectClass(example))
                .configurationParameters(parameters).build(), all.toArray(TestExecutionListener[]::new));
        return results;
    }
}

/** An example for {@link SuiteGuardsFunctionalTest}: neither in org.lianggang.pipeline nor named …FunctionalTest. */
class StartsSpringOutsideItsTier {

    @TempDir
    static Path home;

    @Test
    void startsAndClosesAContext() {
        SpringApplication.exit(LianggangApplication.run(Map.of("lianggang.cli.enabled", "false",
                "lianggang.schemas", Path.of("../schemas").toAbsolutePath().normalize().toString(),
                "lianggang.models", Path.of("../warehouse").toAbsolutePath().normalize().toString()),
                "--home", home.toString()));
    }
}
