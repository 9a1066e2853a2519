package org.lianggang.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lianggang.Messages;
import picocli.CommandLine;

/**
 * A command line picocli refuses (an unknown option, a missing parameter, a value a converter refused): one line in
 * the language chosen, then picocli's suggestions or the command's usage; exit code 2. picocli words its messages in
 * English, so the common ones are recognised by their wording and said again from the message bundle; any other
 * is printed as picocli words it.
 */
final class UsageErrors implements CommandLine.IParameterExceptionHandler {

    private record Wording(Pattern english, String key) {
    }

    private static final List<Wording> WORDINGS = List.of(
            new Wording(Pattern.compile("Missing required options?: (.*)", Pattern.DOTALL), "usage-error.missing-option"),
            new Wording(Pattern.compile("Missing required parameters?: (.*)", Pattern.DOTALL),
                    "usage-error.missing-parameter"),
            new Wording(Pattern.compile("Unknown options?: (.*)", Pattern.DOTALL), "usage-error.unknown-option"),
            new Wording(Pattern.compile("Unmatched arguments? (?:from|at) index \\d+: (.*)", Pattern.DOTALL),
                    "usage-error.unmatched"),
            new Wording(Pattern.compile("Invalid value for option (.*?): (.*)", Pattern.DOTALL),
                    "usage-error.invalid-value"),
            new Wording(Pattern.compile("Invalid value for positional parameter at index \\d+ \\((.*?)\\): (.*)",
                    Pattern.DOTALL), "usage-error.invalid-parameter"),
            new Wording(Pattern.compile("Expected parameter for option (.*) but found (.*)", Pattern.DOTALL),
                    "usage-error.expected-parameter"));

    @Override
    public int handleParseException(CommandLine.ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        PrintWriter err = command.getErr();
        err.println(say(e.getMessage()));
        if (e instanceof CommandLine.UnmatchedArgumentException unmatched && !unmatched.getSuggestions().isEmpty()) {
            err.println(Messages.text("usage-error.suggestions", String.join(", ", unmatched.getSuggestions())));
        } else {
            command.usage(err);
        }
        return ExitCode.USAGE.code();
    }

    /** picocli's message in the language chosen (as it is when its wording is not known). */
    static String say(String message) {
        for (Wording wording : WORDINGS) {
            Matcher m = wording.english().matcher(message);
            if (m.matches()) {
                Object[] parts = new Object[m.groupCount()];
                for (int g = 0; g < parts.length; g++) {
                    parts[g] = m.group(g + 1);
                }
                return Messages.text(wording.key(), parts);
            }
        }
        return message;
    }
}
