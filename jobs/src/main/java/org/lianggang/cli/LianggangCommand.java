package org.lianggang.cli;

import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The root command: lists the subcommands and the global options. Its attributes are inherited, so every
 * subcommand answers {@code -h}/{@code --help} (and {@code -V}/{@code --version}) and lists the exit codes.
 */
@Command(name = "lianggang", mixinStandardHelpOptions = true, version = "lianggang 0.1.0", scope = ScopeType.INHERIT,
        description = "两纲监测统计: department exports → Parquet lake → DuckDB warehouse → 监测统计报告.",
        subcommands = {DemoCommand.class, IngestCommand.class, NightlyCommand.class, BuildCommand.class,
                ReportCommand.class, RetractCommand.class, SqlCommand.class, DictionaryCommand.class, TemplateCommand.class,
                JobsCommand.class, RestartCommand.class, ServeCommand.class, CheckCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:a job failed", "2:usage error", "3:input rejected",
                "4:another run holds the run lock", "5:configuration error in schemas/ (配置错误)"})
class LianggangCommand implements Runnable, RunsWithoutSpring {

    @Spec
    CommandLine.Model.CommandSpec spec;

    /** Read before Spring starts (see LianggangApplication); declared here so that picocli accepts and documents it. */
    @Option(names = "--home", scope = ScopeType.INHERIT, paramLabel = "DIR",
            description = "runtime directory (inbox, lake, warehouse, jobs); default ./data or $LIANGGANG_HOME")
    Path home;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required");
    }

    @Override
    public int runWithoutSpring(StartupSettings settings) {
        run();
        return ExitCodes.USAGE;
    }
}
