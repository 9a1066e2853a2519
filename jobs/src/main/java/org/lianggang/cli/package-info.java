/**
 * The command line: one picocli class per subcommand that parses its options, calls the capability it names, and
 * returns an exit code ({@code ExitCode}: 0 success, 1 job failed, 2 usage error, 3 input rejected, 4 another run
 * holds the run lock, 5 configuration error in schemas/). No logic beyond that. A command prints through its
 * CommandLine's writers ({@code spec.commandLine().getOut()}, {@code getErr()}); only the {@code sql} prompt's
 * terminal has the process's own streams. The arguments are parsed once before Spring starts ({@code
 * CommandLineFirst}: help, usage errors, {@code check}) and again inside Spring to run the command.
 */
package org.lianggang.cli;
