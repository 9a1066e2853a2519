package org.lianggang.cli;

import java.util.List;
import java.util.Optional;
import org.lianggang.demo.DemoScale;
import picocli.CommandLine;

/**
 * The root region a {@code demo --scale …} command line runs with, read before Spring starts: the catalog (and with
 * it the root) is loaded when Spring starts, so {@code demo --scale province} sets {@code lianggang.regions.root}
 * for its own run, and the operator need not pass {@code --lianggang.regions.root=450000} as well.
 */
public final class DemoScaleArgument {

    private DemoScaleArgument() {
    }

    /** The root of the scale a demo command line names; empty for any other command line, or a demo without it. */
    public static Optional<String> regionRoot(String... args) {
        try {
            CommandLine.ParseResult parsed = new CommandLine(LianggangCommand.class, new ParseOnlyFactory())
                    .parseArgs(CliRunner.commandArguments(args));
            List<CommandLine> commands = parsed.asCommandLineList();
            if (commands.get(commands.size() - 1).getCommand() instanceof DemoCommand demo && demo.scale != null) {
                return Optional.of(demo.scale.root());
            }
            return Optional.empty();
        } catch (CommandLine.ParameterException e) {
            return Optional.empty();
        }
    }
}
