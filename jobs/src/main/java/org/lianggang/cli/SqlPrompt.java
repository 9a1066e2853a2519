package org.lianggang.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.lianggang.Messages;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * The interactive {@code lianggang sql} prompt (JLine): statements end with {@code ;} and may span lines; history
 * is kept in {@code <home>/.sql_history}; {@code .format table|csv|json} switches the output, {@code .quit} (or
 * Ctrl-D) leaves. Every statement runs read-only.
 */
final class SqlPrompt {

    private final SqlStatements statements;
    private final Path historyFile;

    SqlPrompt(SqlStatements statements, Path historyFile) {
        this.statements = statements;
        this.historyFile = historyFile;
    }

    /** Reads from the console when there is one, else from {@code in} (a pipe, or a test). */
    void run(InputStream in, OutputStream out, ResultPrinter.Format initial) throws IOException {
        try (Terminal terminal = System.console() != null && in == System.in
                ? TerminalBuilder.builder().system(true).build()
                : TerminalBuilder.builder().system(false).type(Terminal.TYPE_DUMB).streams(in, out)
                        .encoding(StandardCharsets.UTF_8).build()) {
            LineReader reader = LineReaderBuilder.builder().terminal(terminal).appName("lianggang")
                    .variable(LineReader.HISTORY_FILE, historyFile).build();
            PrintWriter print = new PrintWriter(new OutputStreamWriter(terminal.output(), StandardCharsets.UTF_8),
                    true);
            print.println(Messages.text("sql.banner"));
            loop(reader, print, initial);
            print.flush();
            reader.getHistory().save();
        }
    }

    private void loop(LineReader reader, PrintWriter out, ResultPrinter.Format initial) {
        ResultPrinter.Format format = initial;
        StringBuilder buffer = new StringBuilder();
        while (true) {
            String line;
            try {
                line = reader.readLine(buffer.isEmpty() ? "sql> " : "  -> ");
            } catch (UserInterruptException e) {
                buffer.setLength(0);
                continue;
            } catch (EndOfFileException e) {
                return;
            }
            String trimmed = line.trim();
            if (buffer.isEmpty() && trimmed.startsWith(".")) {
                if (trimmed.equals(".quit") || trimmed.equals(".exit")) {
                    return;
                }
                format = command(trimmed, format, out);
                continue;
            }
            buffer.append(buffer.isEmpty() ? "" : "\n").append(line);
            if (trimmed.endsWith(";")) {
                statements.run(buffer.toString(), format, out, out);
                buffer.setLength(0);
            }
        }
    }

    private static ResultPrinter.Format command(String command, ResultPrinter.Format format, PrintWriter out) {
        String[] words = command.split("\\s+");
        if (words[0].equals(".format") && words.length == 2) {
            try {
                return ResultPrinter.Format.valueOf(words[1]);
            } catch (IllegalArgumentException e) {
                out.println(Messages.text("sql.format-error"));
                return format;
            }
        }
        out.println(Messages.text("sql.unknown-command", words[0]));
        return format;
    }
}
