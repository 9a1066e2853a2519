import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * The benchmark's yardstick (run by scripts/bench-ingest): DuckDB's own CSV reader writing the same file to
 * Parquet with ZSTD, on all cores. Prints the seconds the COPY took and the rows written.
 *
 * <p>Usage: java -cp duckdb_jdbc.jar BenchDuckDb.java IN.csv OUT.parquet
 */
public class BenchDuckDb {

    public static void main(String[] args) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            long started = System.nanoTime();
            s.execute("COPY (SELECT * FROM read_csv('" + args[0] + "')) TO '" + args[1]
                    + "' (FORMAT parquet, COMPRESSION zstd)");
            double seconds = (System.nanoTime() - started) / 1e9;
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM read_parquet('" + args[1] + "')")) {
                rs.next();
                System.out.printf("duckdb_copy_seconds=%.2f rows=%d%n", seconds, rs.getLong(1));
            }
        }
    }
}
