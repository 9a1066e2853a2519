package org.lianggang.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.springframework.util.FileSystemUtils;

/**
 * The full demo's home (both scenarios, 2010–2025: the exports, the lake, the warehouse, every year's reports and
 * first vintage), built once per test JVM by the first class that asks for it and shared by all: the demo is the
 * suite's longest single step, and three classes each ran their own. A class gets it as a parameter of its
 * {@code @BeforeAll}. It is read-only: a class that only queries it uses {@link Built#home()} itself; one that runs a
 * command which writes (report, nightly, ingest, build) works on a copy in its own {@code @TempDir}
 * ({@link Built#copyTo}), as a bureau copies a home (MovedHomeTest). After each class the home must be as built —
 * every file's path, size and modification time, the JobRepository's aside — so a class that writes into it fails,
 * not the next one.
 */
final class DemoHome implements ParameterResolver, AfterAllCallback {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(DemoHome.class);

    /** The built home and what {@code lianggang demo} printed; deleted when the test run ends. */
    record Built(Path home, String printed, List<String> files) implements AutoCloseable {

        /** A copy of the home in {@code dir} (which may exist), for a class that writes. */
        Path copyTo(Path dir) throws IOException {
            Files.createDirectories(dir);
            FileSystemUtils.copyRecursively(home, dir);
            return dir;
        }

        @Override
        public void close() throws IOException {
            FileSystemUtils.deleteRecursively(home);
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Built.class;
    }

    @Override
    public Built resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE).computeIfAbsent(Built.class, key -> build(), Built.class);
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        Built built = context.getRoot().getStore(NAMESPACE).get(Built.class, Built.class);
        if (built == null) {
            return;
        }
        List<String> now = files(built.home());
        if (!now.equals(built.files())) {
            List<String> changed = new ArrayList<>(now);
            changed.removeAll(built.files());
            List<String> gone = new ArrayList<>(built.files());
            gone.removeAll(now);
            String test = context.getRequiredTestClass().getSimpleName();
            throw new AssertionError("共享的 demo 目录被修改 · " + test + " changed the shared demo home "
                    + built.home() + " (now " + changed + ", before " + gone + "): a class that writes works on"
                    + " DemoHome.Built.copyTo(its own @TempDir)");
        }
    }

    private static Built build() {
        try {
            Path home = Files.createTempDirectory("lianggang-demo-home-");
            Cli.Result demo = Cli.run(home, "demo");
            if (demo.exitCode() != 0) {
                throw new AssertionError("lianggang demo exited " + demo.exitCode() + ":\n" + demo.out());
            }
            return new Built(home, demo.out(), files(home));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Every file under the home with its size and modification time, in order; but the JobRepository's: a command
     * run through Spring opens it, and H2 rewrites its file on opening and closing, even for a command that only
     * reads (as {@code sql} does in {@code Pipeline.run}).
     */
    private static List<String> files(Path home) throws IOException {
        Path repository = home.resolve("jobs");
        try (Stream<Path> files = Files.walk(home)) {
            return files.filter(file -> Files.isRegularFile(file) && !file.startsWith(repository)).sorted()
                    .map(file -> entry(home, file)).toList();
        }
    }

    private static String entry(Path home, Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return home.relativize(file) + " " + attributes.size() + " " + attributes.lastModifiedTime();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
