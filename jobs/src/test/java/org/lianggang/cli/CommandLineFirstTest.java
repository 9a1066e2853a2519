package org.lianggang.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lianggang.LianggangApplication;
import picocli.CommandLine;

/**
 * The command line as {@code main} answers it: help and usage errors before Spring starts (a setting that would
 * make Spring fail proves it never started), {@code sql} and {@code dictionary} without Spring, a home that is a
 * file as a usage error.
 */
class CommandLineFirstTest {

    /** Spring cannot start with this: the catalog bean would fail. */
    static final String NO_SCHEMAS = "--lianggang.schemas=/nonexistent/schemas";

    @TempDir
    Path dir;

    record Run(int exitCode, String out, String err) {
    }

    static synchronized Run run(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
        try {
            int code = LianggangApplication.execute(args);
            return new Run(code, stdout.toString(StandardCharsets.UTF_8), stderr.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    static List<String> commands() {
        return List.copyOf(new CommandLine(LianggangCommand.class, new ParseOnlyFactory()).getSubcommands().keySet());
    }

    @Test
    void everyCommandPrintsItsUsageForHelpAndHWithoutStartingSpring() {
        assertThat(commands()).contains("ingest", "nightly", "report", "serve", "check").hasSizeGreaterThan(10);
        for (String command : commands()) {
            for (String help : List.of("--help", "-h")) {
                Run run = run(NO_SCHEMAS, "--home", dir.resolve("home").toString(), command, help);
                assertThat(run.exitCode()).as(command + " " + help + "\n" + run.err()).isZero();
                assertThat(run.out()).as(command + " " + help).startsWith("用法： lianggang " + command + " ")
                        .contains("退出码：").contains("5   schemas/ 配置错误");
                assertThat(run.err()).as(command + " " + help).isEmpty();
            }
        }
        assertThat(dir.resolve("home")).as("help touches no home").doesNotExist();
    }

    @Test
    void usageErrorsAreAnsweredBeforeSpringWithExitTwo() {
        Run missing = run(NO_SCHEMAS, "ingest", "export.csv");
        assertThat(missing.exitCode()).isEqualTo(ExitCode.USAGE.code());
        assertThat(missing.err()).startsWith("缺少必需的选项：'--source=<source>'")
                .contains("用法： lianggang ingest");
        Run unknown = run(NO_SCHEMAS, "build", "--fast");
        assertThat(unknown.exitCode()).isEqualTo(ExitCode.USAGE.code());
        assertThat(unknown.err()).startsWith("未知的选项：'--fast'");
        assertThat(run(NO_SCHEMAS).exitCode()).as("no command").isEqualTo(ExitCode.USAGE.code());
    }

    /** The file whose digest starts while Spring starts is the one the parse of {@code ingest} found, no other. */
    @Test
    void anIngestNeedsSpringAndNamesTheFileItWillRead() {
        String home = dir.toString();
        CommandLineFirst.Answer ingest = CommandLineFirst.answer("--home", home, "ingest", "2019年妇幼卫生年报.xlsx",
                "--source", "health", "--encoding", "other.csv");
        assertThat(ingest.exitCode()).isEmpty();
        assertThat(ingest.ingestFile()).contains(Path.of("2019年妇幼卫生年报.xlsx"));
        assertThat(CommandLineFirst.answer("--home", home, "build").ingestFile()).isEmpty();
        assertThat(CommandLineFirst.answer("--home", home, "ingest", "--help").ingestFile()).isEmpty();
    }

    @Test
    void theEnglishSettingAnswersHelpAndUsageErrorsInEnglish() {
        Run help = run(NO_SCHEMAS, "--lang", "en", "ingest", "--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).startsWith("Usage: lianggang ingest ")
                .contains("Load one department export into the lake (one job execution per file).")
                .contains("check the file and list every problem; write nothing")
                .contains("Exit codes:").contains("5   configuration error in schemas/").doesNotContain("导出表");
        Run missing = run(NO_SCHEMAS, "--lianggang.language=en", "ingest", "export.csv");
        assertThat(missing.exitCode()).isEqualTo(ExitCode.USAGE.code());
        assertThat(missing.err()).startsWith("Missing required option: '--source=<source>'")
                .contains("Usage: lianggang ingest");
        Run year = run(NO_SCHEMAS, "--lang=en", "report", "--year", "20199");
        assertThat(year.exitCode()).isEqualTo(ExitCode.USAGE.code());
        assertThat(year.err()).startsWith("Invalid value for option '--year': year 20199 is outside 1949..2100");
        assertThat(run(NO_SCHEMAS, "--lang", "fr", "build").exitCode()).isEqualTo(ExitCode.USAGE.code());
        assertThat(run(NO_SCHEMAS, "build", "--fast").err()).as("Chinese again: the setting is per run")
                .startsWith("未知的选项：'--fast'");
    }

    @Test
    void springPropertiesOnTheCommandLineAreNotOptionsOfTheCommand() {
        Run run = run("--lianggang.rounding.mode=DOWN", "--spring.datasource.url=jdbc:h2:mem:x", "report", "--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("用法： lianggang report ");
    }

    /**
     * {@code sql} and {@code dictionary} run no job: they answer from the home's warehouse without Spring (which the
     * missing schemas would make fail) and leave no log or JobRepository behind.
     */
    @Test
    void sqlAndDictionaryAnswerFromTheWarehouseWithoutStartingSpring() throws Exception {
        Path home = Files.createDirectories(dir.resolve("home"));
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + home.resolve("warehouse.duckdb"));
             Statement s = c.createStatement()) {
            s.execute("create table indicator_value as select 2019 as year, 9.53 as value");
            s.execute("comment on table indicator_value is '指标值｜one value per series and year'");
            s.execute("comment on column indicator_value.value is '指标值｜the value'");
        }
        String models = "--lianggang.models=" + Path.of("../warehouse").toAbsolutePath().normalize();
        Run sql = run(NO_SCHEMAS, models, "--home", home.toString(), "sql", "--format", "csv",
                "SELECT year, value FROM indicator_value");
        assertThat(sql.exitCode()).as(sql.err()).isZero();
        assertThat(sql.out().lines()).containsExactly("year,value", "2019,9.53");
        Run write = run(NO_SCHEMAS, "--home", home.toString(), "sql", "DELETE FROM indicator_value");
        assertThat(write.exitCode()).as("a statement that is not a query is refused").isNotZero();
        Run dictionary = run(NO_SCHEMAS, models, "--home", home.toString(), "dictionary");
        assertThat(dictionary.exitCode()).as(dictionary.err()).isZero();
        assertThat(dictionary.out()).contains("## `30_indicator_value.sql`")
                .contains("| `value` | 指标值 | DECIMAL(3,2) | the value |");
        try (var entries = Files.list(home)) {
            assertThat(entries.map(p -> p.getFileName().toString())).containsExactly("warehouse.duckdb");
        }
        Path none = dir.resolve("no-home");
        Run missing = run(NO_SCHEMAS, "--home", none.toString(), "sql", "SELECT 1");
        assertThat(missing.exitCode()).isEqualTo(ExitCode.FAILED.code());
        assertThat(missing.err().strip()).startsWith("错误：还没有数据仓库 " + none.resolve("warehouse.duckdb"))
                .doesNotContain("\tat ");
        assertThat(none).doesNotExist();
        Path file = Files.writeString(dir.resolve("not-a-home"), "x");
        assertThat(run("--home", file.toString(), "sql", "SELECT 1").exitCode()).isEqualTo(ExitCode.USAGE.code());
    }

    @Test
    void homeThatIsAFileIsAUsageErrorNamingThePath() throws IOException {
        Path file = Files.writeString(dir.resolve("not-a-home"), "x");
        Run run = run("--home", file.toString(), "jobs");
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE.code());
        assertThat(run.err().strip()).startsWith("错误：运行目录 " + file).contains("不可用：" + file + " 是文件而不是目录")
                .doesNotContain("logback").doesNotContain("\tat ");
        Run below = run("--home", file.resolve("home").toString(), "jobs");
        assertThat(below.exitCode()).isEqualTo(ExitCode.USAGE.code());
        assertThat(below.err()).contains(file + " 是文件而不是目录");
    }
}
