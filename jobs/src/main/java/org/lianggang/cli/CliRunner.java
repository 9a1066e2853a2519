package org.lianggang.cli;

import java.util.Arrays;
import org.lianggang.LianggangProperties;
import org.springframework.boot.CommandLineRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;
import org.lianggang.Messages;
import picocli.CommandLine;

/**
 * Hands the arguments to picocli once Spring is up; the subcommands are Spring beans. {@link CommandLineFirst} has
 * parsed them once already, before Spring started, and answered help and usage errors. Tests that drive the jobs
 * directly switch it off with {@code lianggang.cli.enabled=false}.
 */
@Component
@ConditionalOnProperty(name = "lianggang.cli.enabled", havingValue = "true", matchIfMissing = true)
class CliRunner implements CommandLineRunner, ExitCodeGenerator {

    private final ApplicationContext context;
    private int exitCode;

    CliRunner(ApplicationContext context) {
        this.context = context;
    }

    @Override
    public void run(String... args) {
        CommandLine.IFactory factory = new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                return context.getBeanProvider(type).getIfAvailable(() -> defaultCreate(type));
            }

            private <K> K defaultCreate(Class<K> type) {
                try {
                    return CommandLine.defaultFactory().create(type);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
        };
        CommandLine commandLine = new CommandLine(LianggangCommand.class, factory)
                .setOut(PrintStreamWriter.over(System.out))
                .setErr(PrintStreamWriter.over(System.err))
                .setResourceBundle(Messages.bundle())
                .setParameterExceptionHandler(new UsageErrors())
                .setExecutionExceptionHandler(new ExecutionErrors(context.getBean(LianggangProperties.class).home()));
        exitCode = execute(commandLine, args);
    }

    /**
     * Runs the command line on our arguments; what its commands printed through its writers ({@link
     * PrintStreamWriter}) is flushed before the exit code is returned, whatever the command did.
     */
    static int execute(CommandLine commandLine, String... args) {
        try {
            return commandLine.execute(commandArguments(args));
        } finally {
            commandLine.getOut().flush();
            commandLine.getErr().flush();
        }
    }

    /**
     * The arguments without Spring's own ({@code --spring.datasource.url=…}, {@code --lianggang.rounding.mode=DOWN}):
     * Spring has read them already, and picocli would refuse them as unknown options. Ours never contain a dot.
     */
    static String[] commandArguments(String... args) {
        return Arrays.stream(args).filter(a -> !springArgument(a)).toArray(String[]::new);
    }

    /** The arguments Spring reads itself: {@code --some.property=value}. */
    static String[] springArguments(String... args) {
        return Arrays.stream(args).filter(CliRunner::springArgument).toArray(String[]::new);
    }

    private static boolean springArgument(String a) {
        return a.startsWith("--") && a.contains("=") && a.substring(2, a.indexOf('=')).contains(".");
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
