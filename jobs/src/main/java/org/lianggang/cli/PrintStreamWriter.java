package org.lianggang.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.Writer;

/**
 * The writers a command prints through ({@code spec.commandLine().getOut()}, {@code getErr()}), over the process's
 * standard streams as they are when the command line is created. Characters go to the stream as characters, so
 * the stream encodes them in its own charset: what a command prints is byte for byte what {@code System.out.println}
 * printed, and a test that captured {@code System.out} still reads it. Nothing is buffered here.
 */
final class PrintStreamWriter extends Writer {

    private final PrintStream stream;

    private PrintStreamWriter(PrintStream stream) {
        this.stream = stream;
    }

    /** A writer onto {@code stream} that flushes it at every line, as the standard streams do. */
    static PrintWriter over(PrintStream stream) {
        return new PrintWriter(new PrintStreamWriter(stream), true);
    }

    @Override
    public void write(char[] chars, int offset, int length) {
        stream.print(String.valueOf(chars, offset, length));
    }

    @Override
    public void flush() {
        stream.flush();
    }

    /** Flushes only: the process's standard streams outlive every command. */
    @Override
    public void close() {
        stream.flush();
    }
}
