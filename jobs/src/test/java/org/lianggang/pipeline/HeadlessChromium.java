package org.lianggang.pipeline;

import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Real headless Chromium for the HTML report. In CI (CI=true) a missing browser fails the test, since .ci/run
 * installs it; on a developer machine the test is skipped with a message saying how to install it.
 */
final class HeadlessChromium {

    /** What the browser printed: the DOM after the scripts ran (stdout) and its log (stderr). */
    record Output(String dom, String log) {
    }

    private final Path executable;
    private final Path profile;

    private HeadlessChromium(Path executable, Path profile) {
        this.executable = executable;
        this.profile = profile;
    }

    static HeadlessChromium require(Path profile) {
        for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
            for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
                Path candidate = Path.of(dir, name);
                if (Files.isExecutable(candidate)) {
                    return new HeadlessChromium(candidate, profile);
                }
            }
        }
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            fail("chromium is not installed: .ci/run must 'apt-get install -y chromium' before the tests");
        }
        Assumptions.abort("chromium not installed (apt-get install -y chromium): the browser check is skipped");
        return null;
    }

    /** Loads the page, lets its scripts run for up to 20 s of virtual time, returns the DOM and the console log. */
    Output dumpDom(Path page) throws Exception {
        return run(List.of("--enable-logging=stderr", "--v=0", "--dump-dom", page.toUri().toString()));
    }

    void screenshot(Path page, Path png, int width, int height) throws Exception {
        run(List.of("--hide-scrollbars", "--window-size=" + width + "," + height, "--screenshot=" + png.toAbsolutePath(),
                page.toUri().toString()));
    }

    /** Prints the page to PDF as a person's "print" does (A4 from the page's own @page rule), without the browser's header. */
    void printToPdf(Path page, Path pdf) throws Exception {
        run(List.of("--no-pdf-header-footer", "--print-to-pdf=" + pdf.toAbsolutePath(), page.toUri().toString()));
    }

    private Output run(List<String> arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of(executable.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--user-data-dir=" + profile, "--virtual-time-budget=20000"));
        command.addAll(arguments);
        Path stdout = Files.createTempFile(profile.getParent(), "chromium", ".out");
        Path stderr = Files.createTempFile(profile.getParent(), "chromium", ".err");
        Process process = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile())
                .start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("chromium did not finish within 120 s: " + command);
        }
        return new Output(Files.readString(stdout, StandardCharsets.UTF_8),
                Files.readString(stderr, StandardCharsets.UTF_8));
    }
}
