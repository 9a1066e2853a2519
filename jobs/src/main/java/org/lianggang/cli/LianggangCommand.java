package org.lianggang.cli;

import java.nio.file.Path;
import org.lianggang.Messages;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The root command: lists the subcommands and the global options. Its attributes are inherited, so every
 * subcommand answers {@code -h}/{@code --help} (and {@code -V}/{@code --version}) and lists the exit codes. Every
 * help text is in the message bundle ({@link Messages#bundle}), in the language chosen.
 */
@Command(name = "lianggang", mixinStandardHelpOptions = true, version = "lianggang 0.1.0", scope = ScopeType.INHERIT,
        subcommands = {DemoCommand.class, IngestCommand.class, NightlyCommand.class, BuildCommand.class,
                ReportCommand.class, RetractCommand.class, SqlCommand.class, DictionaryCommand.class, TemplateCommand.class,
                JobsCommand.class, RestartCommand.class, ServeCommand.class, CheckCommand.class},
        // the texts (descriptions, headings, the exit codes' meanings) are in messages/lianggang*.properties
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {"0:", "1:", "2:", "3:", "4:", "5:"})
class LianggangCommand implements Runnable, RunsWithoutSpring {

    @Spec
    CommandLine.Model.CommandSpec spec;

    /** Read before Spring starts (see LianggangApplication); declared here so that picocli accepts and documents it. */
    @Option(names = "--home", scope = ScopeType.INHERIT, paramLabel = "DIR")
    Path home;

    /** Read before Spring starts too ({@link StartupSettings#language}); {@code zh} or {@code en}. */
    @Option(names = "--lang", scope = ScopeType.INHERIT, paramLabel = "zh|en")
    String lang;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), Messages.text("usage-error.subcommand-required"));
    }

    @Override
    public int runWithoutSpring(StartupSettings settings) {
        run();
        return ExitCode.USAGE.code();
    }
}
