package org.lianggang.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The real application in a child JVM ({@code java -cp <test classpath> org.lianggang.LianggangApplication}), so
 * that a test can kill it with {@code destroyForcibly} (SIGKILL on Linux) exactly as a crash or an OOM killer
 * would. With {@code faults} set, {@code lianggangfaults.SlowDown} adds pauses at the fault points.
 */
final class ChildProcess {

    private final Process process;
    private final Path output;

    private ChildProcess(Process process, Path output) {
        this.process = process;
        this.output = output;
    }

    static ChildProcess start(Path home, Path output, List<String> systemProperties, String... args)
            throws IOException {
        List<String> command = command(home, systemProperties, args);
        Files.createDirectories(output.getParent());
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(output.toFile()).start();
        return new ChildProcess(process, output);
    }

    /** The command line of the application in a child JVM: {@code java … LianggangApplication --home HOME args…}. */
    static List<String> command(Path home, List<String> systemProperties, String... args) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx384m",
                "-XX:TieredStopAtLevel=1", "-cp", classpath(),
                "-Dlianggang.schemas=" + Pipeline.SCHEMAS, "-Dlianggang.models=" + Pipeline.MODELS,
                "-Dlianggang.inbox.settle=" + Pipeline.SETTLE));
        command.addAll(systemProperties);
        command.add("org.lianggang.LianggangApplication");
        command.add("--home");
        command.add(home.toString());
        command.addAll(List.of(args));
        return command;
    }

    /** The fault hooks of {@code lianggangfaults.SlowDown}, e.g. {@code faults("move.hang=2")}. */
    static List<String> faults(String... settings) {
        List<String> properties = new ArrayList<>(List.of("-Dspring.main.sources=lianggangfaults.SlowDown"));
        for (String setting : settings) {
            properties.add("-Dfaults." + setting);
        }
        return properties;
    }

    /** Surefire runs tests from a manifest-only jar; it publishes the real class path in this property. */
    private static String classpath() {
        return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    }

    long pid() {
        return process.pid();
    }

    String output() throws IOException {
        return Files.exists(output) ? Files.readString(output, StandardCharsets.UTF_8) : "";
    }

    /** Waits until {@code text} has appeared {@code times} times in the output; fails if the process ends first. */
    void awaitOutput(String text, int times, Duration timeout) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            String out = output();
            if (out.split(java.util.regex.Pattern.quote(text), -1).length - 1 >= times) {
                return;
            }
            if (!process.isAlive()) {
                throw new AssertionError("the child ended (exit " + process.exitValue() + ") before printing '"
                        + text + "' " + times + " time(s):\n" + out);
            }
            Thread.sleep(20);
        }
        throw new AssertionError("timed out waiting for '" + text + "':\n" + output());
    }

    /** SIGTERM, as systemd stops a service. */
    void terminate() {
        process.destroy();
    }

    /** kill -9, and wait until the process is gone. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    int waitFor(Duration timeout) throws Exception {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the child did not finish in " + timeout + ":\n" + output());
        }
        return process.exitValue();
    }

    boolean alive() {
        return process.isAlive();
    }
}
