package org.lianggang.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.lianggang.LianggangProperties;
import org.lianggang.warehouse.Warehouse;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code lianggang sql "SELECT …"}: runs one query against the warehouse on a locked-down connection (queries only;
 * files readable only under the lake and the published reports); without a query, an interactive prompt with
 * history. Runs before Spring (it runs no job), so an answer takes about as long as the JVM opening DuckDB.
 */
@Component
@Scope("prototype")
@Command(name = "sql")
class SqlCommand implements Callable<Integer>, HomeWrites, RunsWithoutSpring {

    @Spec
    CommandSpec spec;

    /** Reads only; the prompt's history is the one exception, and JLine only warns when it cannot save it. */
    @Override
    public boolean writesTo(Path home) {
        return false;
    }

    /** Null when the command runs before Spring. */
    private final Warehouse warehouse;
    /** Null when the command runs before Spring. */
    private final LianggangProperties properties;

    @Parameters(index = "0", arity = "0..1", paramLabel = "QUERY", descriptionKey = "query")
    String query;

    @Option(names = "--format", defaultValue = "table")
    ResultPrinter.Format format;

    SqlCommand(Warehouse warehouse, LianggangProperties properties) {
        this.warehouse = warehouse;
        this.properties = properties;
    }

    @Override
    public Integer call() throws Exception {
        return sql(warehouse, properties.home());
    }

    @Override
    public int runWithoutSpring(StartupSettings settings) throws Exception {
        return sql(settings.warehouse(), settings.home());
    }

    @Override
    public boolean readsHome() {
        return true;
    }

    private int sql(Warehouse warehouse, Path home) throws Exception {
        List<Path> readable = List.of(LianggangProperties.lakeIn(home), LianggangProperties.reportsIn(home));
        SqlStatements statements = new SqlStatements(warehouse, readable);
        if (query == null) {
            // the prompt is a JLine terminal over the process's own streams: it reads keys and writes bytes
            new SqlPrompt(statements, home.resolve(".sql_history")).run(System.in, System.out, format);
            return ExitCode.OK.code();
        }
        return statements.run(query, format, spec.commandLine().getOut(), spec.commandLine().getErr());
    }
}
