package org.lianggang;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.lianggang.cli.CommandLineFirst;
import org.lianggang.cli.ConfigurationErrorReporter;
import org.lianggang.cli.DemoScaleArgument;
import org.lianggang.cli.ExitCode;
import org.lianggang.cli.StartupSettings;
import org.lianggang.ingest.EarlyDigests;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationListener;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.env.MapPropertySource;

/**
 * lianggang: department exports → Spring Batch ingest → Parquet lake → DuckDB warehouse → 监测统计报告.
 * The command line is picocli; Spring holds the jobs, the JobRepository and the configuration.
 */
@SpringBootApplication
@EnableConfigurationProperties(LianggangProperties.class)
public class LianggangApplication {

    static {
        // The H2 JobRepository's AUTO_SERVER (which lets a second process open the repository while a run holds it)
        // listens on every interface unless H2 is told otherwise. Only processes on this machine ever need it.
        if (System.getProperty("h2.bindAddress") == null) {
            System.setProperty("h2.bindAddress", "127.0.0.1");
        }
    }

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /**
     * What {@code main} does, returning the exit code: the command line is answered without Spring when it can be
     * (help, usage errors, {@code check}); otherwise Spring starts and runs the command. A broken {@code schemas/}
     * or a refused setting is reported by {@link ConfigurationErrorReporter} and exits {@link ExitCode#CONFIGURATION}.
     */
    public static int execute(String... args) {
        String language = StartupSettings.language(args);
        Optional<Language> chosen = Language.of(language);
        if (chosen.isEmpty()) {
            boolean given = StartupSettings.languageArgument(args).isPresent();
            System.err.println(given ? Messages.text("error", Messages.text("usage-error.language", language))
                    : Messages.text("configuration-error.language", language));
            return (given ? ExitCode.USAGE : ExitCode.CONFIGURATION).code();
        }
        Messages.use(chosen.get());
        CommandLineFirst.Answer first = CommandLineFirst.answer(args);
        if (first.exitCode().isPresent()) {
            return first.exitCode().getAsInt();
        }
        EarlyDigests digests = new EarlyDigests();
        first.ingestFile().ifPresent(digests::start);
        try {
            return SpringApplication.exit(run(Map.of(), digests, args));
        } catch (RuntimeException e) {
            if (ConfigurationErrorReporter.isConfigurationError(e)) {
                return ExitCode.CONFIGURATION.code();
            }
            throw e;
        }
    }

    /**
     * Starts the application with the given arguments. The global {@code --home} option must be known before
     * Spring starts, because the JobRepository lives under it: it becomes the {@code lianggang.home} property (it
     * stays in the arguments for picocli). So must {@code demo --scale}'s root ({@link DemoScaleArgument}): it becomes
     * {@code lianggang.regions.root}. {@code properties} take precedence over every other source.
     */
    public static ConfigurableApplicationContext run(Map<String, Object> properties, String... args) {
        return run(properties, new EarlyDigests(), args);
    }

    /** As {@link #run(Map, String...)}, with the digests {@code main} started before Spring (a bean from then on). */
    private static ConfigurableApplicationContext run(Map<String, Object> properties, EarlyDigests digests,
                                                      String... args) {
        Map<String, Object> first = new HashMap<>(properties);
        StartupSettings.homeArgument(args).ifPresent(home ->
                first.put("lianggang.home", Path.of(home).toAbsolutePath().normalize().toString()));
        StartupSettings.languageArgument(args).ifPresent(language -> first.put(Language.SETTING, language));
        DemoScaleArgument.regionRoot(args).ifPresent(root -> first.putIfAbsent("lianggang.regions.root", root));
        first.putIfAbsent("lianggang.run-id", LocalDateTime.now().format(RUN_ID) + "-" + ProcessHandle.current().pid());
        String runId = first.get("lianggang.run-id").toString();
        StartupSettings settings = StartupSettings.read(args);
        ReadOnlyHome.of(settings.home()).ifPresent(readOnly -> {
            readOnly.settings(runId).forEach(first::putIfAbsent);
            System.err.println(readOnly.notice(runId));
        });
        SpringApplication application = new SpringApplication(LianggangApplication.class);
        application.addListeners(new EarlyProperties(first));
        application.addInitializers(context -> context.getBeanFactory().registerSingleton("earlyDigests", digests));
        return application.run(args);
    }

    private static final DateTimeFormatter RUN_ID = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    /**
     * Puts the home and the run id first among the property sources, after the configuration files are read and
     * before logging starts, so that the log file of this run lands under the home given on the command line. The
     * language of the messages is chosen here too, from every source Spring reads ({@link Language#SETTING}).
     */
    private record EarlyProperties(Map<String, Object> properties)
            implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

        @Override
        public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
            event.getEnvironment().getPropertySources().addFirst(new MapPropertySource("command-line-home",
                    properties));
            Language.of(event.getEnvironment().getProperty(Language.SETTING, "zh")).ifPresent(Messages::use);
        }

        @Override
        public int getOrder() {
            return LoggingApplicationListener.DEFAULT_ORDER - 1;
        }
    }
}
