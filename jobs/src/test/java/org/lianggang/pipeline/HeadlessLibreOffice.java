package org.lianggang.pipeline;

import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Real LibreOffice, headless, to convert the Word report to PDF as a person's office suite would open it. In CI
 * (CI=true) a missing LibreOffice fails the test, since .ci/run installs it; elsewhere the test is skipped.
 */
final class HeadlessLibreOffice {

    private final Path executable;

    private HeadlessLibreOffice(Path executable) {
        this.executable = executable;
    }

    static HeadlessLibreOffice require() {
        for (String name : List.of("soffice", "libreoffice")) {
            for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
                Path candidate = Path.of(dir, name);
                if (Files.isExecutable(candidate)) {
                    return new HeadlessLibreOffice(candidate);
                }
            }
        }
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            fail("LibreOffice is not installed: .ci/run must 'apt-get install -y libreoffice-writer-nogui'");
        }
        Assumptions.abort("LibreOffice not installed (apt-get install -y libreoffice-writer-nogui): skipped");
        return null;
    }

    /** Converts {@code document} to PDF in {@code outDir} with a profile of its own; returns the PDF. */
    Path toPdf(Path document, Path outDir, Path profile) throws Exception {
        Process process = new ProcessBuilder(executable.toString(), "--headless", "--norestore",
                "-env:UserInstallation=" + profile.toUri(), "--convert-to", "pdf", "--outdir", outDir.toString(),
                document.toString()).redirectErrorStream(true).redirectOutput(outDir.resolve("soffice.log").toFile())
                .start();
        if (!process.waitFor(180, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("LibreOffice did not finish within 180 s");
        }
        String name = document.getFileName().toString();
        return outDir.resolve(name.substring(0, name.lastIndexOf('.')) + ".pdf");
    }
}
