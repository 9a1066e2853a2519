import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The yardstick of scripts/bench-build, in two separate processes so that the comparison adds nothing to the
 * query's time or peak memory:
 * <ul>
 *   <li>{@code query WAREHOUSE LAKE SQL OUT}: copies the catalog's small dimension tables out of the warehouse into
 *   an in-memory DuckDB (DuckDB's defaults, as the build's connection: all cores, 80 % of RAM, or the build's
 *   memory limit, -Dmemory_limit=2GB), then runs the bare
 *   query (scripts/bench-build.sql) over the very Parquet files the build read (the warehouse's current_load), timed,
 *   and only then writes its result to OUT (Parquet). Prints the query's seconds, the seconds since the JVM started
 *   (the whole command up to its answer), the values and DuckDB's threads and memory_limit.</li>
 *   <li>{@code compare WAREHOUSE OUT}: the values on which the two differ: a key one side lacks, or a value more
 *   than 1e-9 (relative) apart, over indicator_value's non-null values.</li>
 *   <li>{@code store WAREHOUSE COPY}: the floor of any build that stores what this warehouse stores: every table of
 *   the built warehouse copied as it is into a new DuckDB file COPY, computing nothing (the same settings as
 *   {@code query}). It first copies the facts and indicator_value alone, which a warehouse that answers every query on
 *   its own must hold at least, and prints that file's size, then the rest; then the seconds of the copy, the tables
 *   and the rows.</li>
 * </ul>
 * Usage: java -cp duckdb_jdbc.jar BenchBuildQuery.java query|compare|store …
 */
public class BenchBuildQuery {

    private static final String[] DIMENSIONS = {"dim_indicator", "dim_indicator_part", "dim_region",
            "dim_region_ancestor", "dim_plan_year"};

    public static void main(String[] args) throws Exception {
        if (args[0].equals("query")) {
            query(Path.of(args[1]), Path.of(args[2]), Files.readString(Path.of(args[3])), Path.of(args[4]));
        } else if (args[0].equals("store")) {
            store(Path.of(args[1]), Path.of(args[2]));
        } else {
            compare(Path.of(args[1]), Path.of(args[2]));
        }
    }

    private static void query(Path warehouse, Path lake, String sql, Path out) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            limitMemory(s);
            s.execute("ATTACH '" + warehouse + "' AS w (READ_ONLY)");
            for (String table : DIMENSIONS) {
                s.execute("CREATE TABLE " + table + " AS SELECT * FROM w." + table);
            }
            s.execute("SET VARIABLE lake_files = (SELECT list('" + lake + "/' || data_file ORDER BY data_file)"
                    + " FROM w.current_load WHERE table_name = 'data_value')");
            s.execute("DETACH w");
            long started = System.nanoTime();
            s.execute(sql);
            double seconds = (System.nanoTime() - started) / 1e9;
            double sinceStart = Duration.between(ProcessHandle.current().info().startInstant().orElseThrow(),
                    Instant.now()).toMillis() / 1000.0;
            try (ResultSet rs = s.executeQuery("SELECT count(value), current_setting('threads'),"
                    + " current_setting('memory_limit') FROM bare_indicator_value")) {
                rs.next();
                System.out.printf("bare_query_seconds=%.2f whole_seconds=%.2f values=%d threads=%s memory_limit=%s%n",
                        seconds, sinceStart, rs.getLong(1), rs.getString(2), rs.getString(3));
            }
            s.execute("COPY bare_indicator_value TO '" + out + "' (FORMAT parquet)");
        }
    }

    private static void store(Path warehouse, Path copy) throws Exception {
        Files.deleteIfExists(copy);
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + copy); Statement s = c.createStatement()) {
            limitMemory(s);
            s.execute("ATTACH '" + warehouse + "' AS w (READ_ONLY)");
            List<String> core = new ArrayList<>();
            List<String> rest = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT table_name FROM duckdb_tables() WHERE database_name = 'w'"
                    + " ORDER BY table_name")) {
                while (rs.next()) {
                    String table = rs.getString(1);
                    (table.startsWith("fact_") || table.equals("indicator_value") ? core : rest).add(table);
                }
            }
            long started = System.nanoTime();
            long rows = copy(s, core);
            s.execute("CHECKPOINT");
            long coreBytes = Files.size(copy);
            rows += copy(s, rest);
            s.execute("CHECKPOINT");
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf("store_seconds=%.2f tables=%d rows=%d core_mb=%.1f copy_mb=%.1f%n", seconds,
                    core.size() + rest.size(), rows, coreBytes / 1048576.0, Files.size(copy) / 1048576.0);
        }
    }

    /** The build's lianggang.warehouse.memory-limit (-Dmemory_limit), when the benchmark sets one. */
    private static void limitMemory(Statement s) throws SQLException {
        String memoryLimit = System.getProperty("memory_limit", "");
        if (!memoryLimit.isEmpty()) {
            s.execute("SET memory_limit = '" + memoryLimit + "'");
        }
    }

    private static long copy(Statement s, List<String> tables) throws SQLException {
        long rows = 0;
        for (String table : tables) {
            s.execute("CREATE TABLE \"" + table + "\" AS SELECT * FROM w.\"" + table + "\"");
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM \"" + table + "\"")) {
                rs.next();
                rows += rs.getLong(1);
            }
        }
        return rows;
    }

    private static void compare(Path warehouse, Path out) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            s.execute("ATTACH '" + warehouse + "' AS w (READ_ONLY)");
            try (ResultSet rs = s.executeQuery("""
                    WITH built AS (
                        SELECT plan_code, indicator_code, sex, area, year, region_code, value
                        FROM w.indicator_value WHERE value IS NOT NULL),
                    bare AS (SELECT * FROM read_parquet('%s') WHERE value IS NOT NULL)
                    SELECT count(b.value), count(q.value),
                           count(*) FILTER (WHERE b.value IS NULL OR q.value IS NULL
                               OR abs(b.value - q.value) > 1e-9 * greatest(abs(b.value), abs(q.value)))
                    FROM built AS b
                    FULL JOIN bare AS q USING (plan_code, indicator_code, sex, area, year, region_code)
                    """.formatted(out))) {
                rs.next();
                System.out.printf("built_values=%d bare_values=%d differing=%d%n", rs.getLong(1), rs.getLong(2),
                        rs.getLong(3));
            }
        }
    }
}
