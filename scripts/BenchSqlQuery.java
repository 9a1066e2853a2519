import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Properties;

/**
 * The yardstick of scripts/bench-sql: a bare JVM that opens the warehouse read-only, runs one query and prints its
 * first column, as {@code lianggang sql} does, without anything else.
 * Usage: java -cp classes:duckdb_jdbc.jar BenchSqlQuery WAREHOUSE SQL
 */
public class BenchSqlQuery {

    public static void main(String[] args) throws Exception {
        Properties readOnly = new Properties();
        readOnly.setProperty("duckdb.read_only", "true");
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + args[0], readOnly);
             Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(args[1])) {
            while (rs.next()) {
                System.out.println(rs.getString(1));
            }
        }
    }
}
