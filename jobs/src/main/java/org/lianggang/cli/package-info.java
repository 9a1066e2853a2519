/**
 * The command line: one picocli class per subcommand that parses its options, calls the capability it names, and
 * returns an exit code (0 success, 1 job failed, 2 usage error, 3 input rejected, 4 another run holds the
 * run lock). No logic beyond that.
 */
package org.lianggang.cli;
