package org.lianggang.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.lianggang.ReadOnlyHome;
import org.lianggang.Messages;
import picocli.CommandLine;

/**
 * The command line parsed before Spring starts, so that what needs no Spring is answered in a fraction of a second:
 * {@code --help}, {@code -h} and {@code --version} of any command, usage errors (an unknown option, a missing
 * parameter), a home that is a file, a writing command on a read-only home ({@link ReadOnlyHome}), and the
 * commands that {@link RunsWithoutSpring} ({@code check}, {@code template}, {@code sql}, {@code dictionary}).
 * Everything else is parsed again, and run, inside Spring by {@link CliRunner}.
 */
public final class CommandLineFirst {

    private CommandLineFirst() {
    }

    /**
     * What the parse before Spring decided: the exit code when it answered the command line, otherwise none, and the
     * file an {@code ingest} will read (so that its digest can start while Spring starts).
     */
    public record Answer(OptionalInt exitCode, Optional<Path> ingestFile) {
    }

    public static Answer answer(String... args) {
        BeforeSpring strategy = new BeforeSpring(args);
        CommandLine commandLine = new CommandLine(LianggangCommand.class, new ParseOnlyFactory())
                .setOut(PrintStreamWriter.over(System.out))
                .setErr(PrintStreamWriter.over(System.err))
                .setResourceBundle(Messages.bundle())
                .setParameterExceptionHandler(new UsageErrors())
                .setExecutionStrategy(strategy)
                .setExecutionExceptionHandler(new ExecutionErrors(Path.of(".")));
        int exitCode = CliRunner.execute(commandLine, args);
        return strategy.springNeeded ? new Answer(OptionalInt.empty(), Optional.ofNullable(strategy.ingestFile))
                : new Answer(OptionalInt.of(exitCode), Optional.empty());
    }

    /**
     * Help, then the commands that need neither Spring nor a home, then the home, then the commands that read it
     * without Spring; otherwise: Spring is needed.
     */
    private static final class BeforeSpring implements CommandLine.IExecutionStrategy {

        private final String[] args;
        private boolean springNeeded;
        private Path ingestFile;

        BeforeSpring(String[] args) {
            this.args = args;
        }

        @Override
        public int execute(CommandLine.ParseResult parseResult) {
            Integer help = CommandLine.executeHelpRequest(parseResult);
            if (help != null) {
                return help;
            }
            List<CommandLine> commands = parseResult.asCommandLineList();
            CommandLine command = commands.get(commands.size() - 1);
            StartupSettings settings = StartupSettings.read(args);
            if (command.getCommand() instanceof RunsWithoutSpring withoutSpring && !withoutSpring.readsHome()) {
                return run(withoutSpring, settings, command, parseResult);
            }
            var unusableHome = settings.unusableHome();
            if (unusableHome.isPresent()) {
                command.getErr().println(Messages.text("error", unusableHome.get()));
                return ExitCode.USAGE.code();
            }
            var readOnly = ReadOnlyHome.of(settings.home());
            if (readOnly.isPresent() && writes(command.getCommand(), settings.home())) {
                command.getErr().println(Messages.text("error", readOnly.get().refusal(command.getCommandName())));
                return ExitCode.USAGE.code();
            }
            if (command.getCommand() instanceof RunsWithoutSpring withoutSpring) {
                return run(withoutSpring, settings, command, parseResult);
            }
            springNeeded = true;
            if (command.getCommand() instanceof IngestCommand ingest) {
                ingestFile = ingest.file;
            }
            return ExitCode.OK.code();
        }

        /** A failure is reported as inside Spring (one line on stderr, the exit code of its kind); a usage error as one. */
        private static int run(RunsWithoutSpring command, StartupSettings settings, CommandLine commandLine,
                               CommandLine.ParseResult parseResult) {
            try {
                return command.runWithoutSpring(settings);
            } catch (CommandLine.ParameterException usage) {
                throw usage;
            } catch (Exception e) {
                return new ExecutionErrors(settings.home()).handleExecutionException(e, commandLine, parseResult);
            }
        }

        private static boolean writes(Object command, Path home) {
            return !(command instanceof HomeWrites reading) || reading.writesTo(home);
        }
    }
}
