package org.lianggang.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.lianggang.Language;
import org.lianggang.Messages;
import org.lianggang.LianggangProperties;
import org.lianggang.catalog.Regions;
import org.lianggang.warehouse.Warehouse;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

/**
 * The settings a command needs before Spring starts: the home ({@code --home}, else {@code lianggang.home}), the
 * schemas directory ({@code lianggang.schemas}), the deployment's own ones beside it ({@code lianggang.extra-schemas})
 * and the root region ({@code lianggang.regions.root}) — and the language ({@link #language}) — read from the sources Spring reads them from, in its order: the
 * command line ({@code --lianggang.schemas=DIR}), Java system properties ({@code -Dlianggang.schemas}, as the
 * launcher passes this repository's {@code schemas/}), environment variables ({@code LIANGGANG_SCHEMAS}), and
 * {@code application.yml} in the jar.
 */
public record StartupSettings(Path home, Path schemas, List<Path> extraSchemas, String regionRoot, Path models) {

    public static StartupSettings read(String... args) {
        StandardEnvironment environment = environment(args);
        String home = homeArgument(args).orElseGet(() -> environment.getProperty("lianggang.home", "data"));
        return new StartupSettings(Path.of(home).toAbsolutePath().normalize(),
                Path.of(environment.getProperty("lianggang.schemas", "schemas")).toAbsolutePath().normalize(),
                paths(environment.getProperty("lianggang.extra-schemas", "")),
                environment.getProperty("lianggang.regions.root", Regions.DEFAULT_ROOT),
                Path.of(environment.getProperty("lianggang.models", "warehouse")).toAbsolutePath().normalize());
    }

    /** The home's warehouse and its models, as the {@code Warehouse} bean would have them. */
    public Warehouse warehouse() {
        return new Warehouse(LianggangProperties.warehouseIn(home), models);
    }

    /**
     * The language the messages are in, as given: {@code --lang} (which wins), else {@code lianggang.language} from
     * the sources above ({@code LIANGGANG_LANGUAGE}, application.yml).
     */
    public static String language(String... args) {
        return languageArgument(args).orElseGet(() -> environment(args).getProperty(Language.SETTING, "zh"));
    }

    /** The value of the global {@code --lang zh|en} or {@code --lang=en}. */
    public static Optional<String> languageArgument(String... args) {
        return argument("--lang", args);
    }

    private static StandardEnvironment environment(String... args) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new SimpleCommandLinePropertySource(CliRunner.springArguments(args)));
        try {
            // The first document of application.yml: the defaults (the second is the postgres profile).
            environment.getPropertySources().addLast(new YamlPropertySourceLoader()
                    .load("application.yml", new ClassPathResource("application.yml")).get(0));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return environment;
    }

    /** A comma-separated list of directories, as Spring binds {@code lianggang.extra-schemas} to a list. */
    static List<Path> paths(String list) {
        return Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .map(s -> Path.of(s).toAbsolutePath().normalize()).toList();
    }

    /** The value of the global {@code --home DIR} or {@code --home=DIR}, which wins over every other source. */
    public static Optional<String> homeArgument(String... args) {
        return argument("--home", args);
    }

    private static Optional<String> argument(String name, String... args) {
        String value = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].startsWith(name + "=")) {
                value = args[i].substring(name.length() + 1);
            } else if (args[i].equals(name) && i + 1 < args.length) {
                value = args[i + 1];
            }
        }
        return Optional.ofNullable(value);
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
        return Optional.of(Messages.text("usage-error.unusable-home", home, existing));
    }
}
