package org.lianggang.pipeline;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.lianggang.catalog.Catalog;
import org.lianggang.catalog.CatalogLoader;
import org.lianggang.demo.DemoExports;
import org.lianggang.demo.DemoScenario;

/** The command line run in-process with its standard output captured, and small inboxes made from the demo. */
final class Cli {

    record Result(int exitCode, String out) {
    }

    private Cli() {
    }

    /** {@code lianggang --home HOME args…} in this JVM; stdout is captured (and still echoed). */
    static Result run(Path home, String... args) {
        return run(java.util.Map.of(), home, args);
    }

    /** As {@link #run(Path, String...)}, with settings of the test's own ({@code lianggang.inbox.settle}…). */
    static synchronized Result run(java.util.Map<String, Object> properties, Path home, String... args) {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(new TeeStream(original, captured), true, StandardCharsets.UTF_8));
        try {
            String[] all = new String[args.length + 2];
            all[0] = "--home";
            all[1] = home.toString();
            System.arraycopy(args, 0, all, 2, args.length);
            int code = Pipeline.run(properties, all);
            return new Result(code, captured.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(original);
        }
    }

    /** The demo's exports for the given years only, under {@code home/inbox}. */
    static void demoInbox(Path home, int... years) throws IOException {
        Catalog catalog = new CatalogLoader().load(Pipeline.SCHEMAS);
        DemoScenario scenario = new CatalogLoader().read(Pipeline.SCHEMAS.resolve("demo/liuzhou-2010-2020.yaml"),
                DemoScenario.class);
        List<Integer> keep = java.util.Arrays.stream(years).boxed().toList();
        new DemoExports(catalog, scenario).writeTo(home.resolve("inbox")).stream()
                .filter(f -> !keep.contains(f.year())).forEach(f -> delete(f.path()));
        try (Stream<Path> dirs = Files.walk(home.resolve("inbox"))) {
            dirs.sorted(java.util.Comparator.reverseOrder()).filter(Files::isDirectory).forEach(d -> {
                try (Stream<Path> in = Files.list(d)) {
                    if (in.findAny().isEmpty()) {
                        Files.delete(d);
                    }
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
    }

    private static void delete(Path file) {
        try {
            Files.delete(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static final class TeeStream extends java.io.OutputStream {

        private final java.io.OutputStream a;
        private final java.io.OutputStream b;

        TeeStream(java.io.OutputStream a, java.io.OutputStream b) {
            this.a = a;
            this.b = b;
        }

        @Override
        public void write(int c) throws IOException {
            a.write(c);
            b.write(c);
        }

        @Override
        public void write(byte[] bytes, int off, int len) throws IOException {
            a.write(bytes, off, len);
            b.write(bytes, off, len);
        }
    }
}
