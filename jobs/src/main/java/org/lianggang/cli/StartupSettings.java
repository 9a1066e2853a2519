package org.lianggang.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.lianggang.catalog.Regions;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

/**
 * The settings a command needs before Spring starts: the home ({@code --home}, else {@code lianggang.home}), the
 * schemas directory ({@code lianggang.schemas}), the deployment's own ones beside it ({@code lianggang.extra-schemas})
 * and the root region ({@code lianggang.regions.root}), read from the sources Spring reads them from, in its order: the
 * command line ({@code --lianggang.schemas=DIR}), Java system properties ({@code -Dlianggang.schemas}, as the
 * launcher passes this repository's {@code schemas/}), environment variables ({@code LIANGGANG_SCHEMAS}), and
 * {@code application.yml} in the jar.
 */
public record StartupSettings(Path home, Path schemas, List<Path> extraSchemas, String regionRoot) {

    public static StartupSettings read(String... args) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new SimpleCommandLinePropertySource(CliRunner.springArguments(args)));
        try {
            // The first document of application.yml: the defaults (the second is the postgres profile).
            environment.getPropertySources().addLast(new YamlPropertySourceLoader()
                    .load("application.yml", new ClassPathResource("application.yml")).get(0));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String home = homeArgument(args).orElseGet(() -> environment.getProperty("lianggang.home", "data"));
        return new StartupSettings(Path.of(home).toAbsolutePath().normalize(),
                Path.of(environment.getProperty("lianggang.schemas", "schemas")).toAbsolutePath().normalize(),
                paths(environment.getProperty("lianggang.extra-schemas", "")),
                environment.getProperty("lianggang.regions.root", Regions.DEFAULT_ROOT));
    }

    /** A comma-separated list of directories, as Spring binds {@code lianggang.extra-schemas} to a list. */
    static List<Path> paths(String list) {
        return Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .map(s -> Path.of(s).toAbsolutePath().normalize()).toList();
    }

    /** The value of the global {@code --home DIR} or {@code --home=DIR}, which wins over every other source. */
    public static Optional<String> homeArgument(String... args) {
        String home = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].startsWith("--home=")) {
                home = args[i].substring("--home=".length());
            } else if (args[i].equals("--home") && i + 1 < args.length) {
                home = args[i + 1];
            }
        }
        return Optional.ofNullable(home);
    }

    /**
     * Why the home cannot serve as one, or empty: a home (or the nearest of its parents that exists) that is a file
     * would otherwise surface as the logging system's errors about its log directory.
     */
    public Optional<String> unusableHome() {
        Path existing = home;
        while (existing != null && !existing.toFile().exists()) {
            existing = existing.getParent();
        }
        if (existing == null || existing.toFile().isDirectory()) {
            return Optional.empty();
        }
        return Optional.of("运行目录 " + home + " 不可用：" + existing + " 是文件而不是目录 · the home (--home, "
                + "LIANGGANG_HOME) " + home + " is unusable: " + existing + " is a file, not a directory");
    }
}
