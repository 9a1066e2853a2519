package org.lianggang;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * A home this process cannot write to: an analysts' mounted copy, or a folder made read-only. Commands that only
 * read (see {@code cli.HomeWrites}) still work there: this run's log goes to the temporary directory instead of
 * {@code <home>/logs}, and the H2 JobRepository is opened read-only ({@code ACCESS_MODE_DATA=r}, without
 * AUTO_SERVER, whose lock file would be written beside it) and its schema is not initialised. Commands that write
 * are refused before Spring starts, with {@link #refusal}.
 */
public record ReadOnlyHome(Path home) {

    /** The home, if it exists and this process may not write to it. */
    public static Optional<ReadOnlyHome> of(Path home) {
        return Files.isDirectory(home) && !Files.isWritable(home) ? Optional.of(new ReadOnlyHome(home))
                : Optional.empty();
    }

    /** Where this run logs instead of {@code <home>/logs}. */
    public Path logFile(String runId) {
        return Path.of(System.getProperty("java.io.tmpdir"), "lianggang-logs", "lianggang-" + runId + ".log");
    }

    /** The settings that let a reading command start on this home (they win over every other source). */
    public Map<String, Object> settings(String runId) {
        return Map.of("logging.file.name", logFile(runId).toString(),
                "lianggang.repository-options", "ACCESS_MODE_DATA=r",
                "spring.batch.jdbc.initialize-schema", "never");
    }

    /** The one line a reading command prints (to stderr) when it starts here. */
    public String notice(String runId) {
        return Messages.pick("运行目录 " + home + " 只读：只能查询（sql、jobs、report --out 其他目录），本次日志写到 "
                + logFile(runId), "the home " + home + " is read-only: reading commands only; this run's log goes to "
                + logFile(runId));
    }

    /** The one line a writing command is refused with. */
    public String refusal(String command) {
        return Messages.pick("运行目录 " + home + " 只读，" + command + " 需要写入该目录：请在可写的运行目录中运行（只读目录中可用"
                + " sql、jobs、report --out 其他目录）", "the home " + home + " is read-only and " + command + " writes to"
                + " it: run it on a writable home (sql, jobs and report --out elsewhere work on a read-only one)");
    }
}
