import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Run by OlderDuckDbClientTest with an older DuckDB JDBC driver alone on the class path, as an analyst's client:
 * opens the warehouse read-only, prints the client's version, every table and view with its row count, then the rows
 * of the query given as the second argument, one tab-separated line each.
 */
public class OpenWarehouse {

    public static void main(String[] args) throws SQLException {
        Properties readOnly = new Properties();
        readOnly.setProperty("duckdb.read_only", "true");
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + args[0], readOnly);
             Statement statement = connection.createStatement()) {
            try (ResultSet rs = statement.executeQuery("SELECT version()")) {
                rs.next();
                System.out.println("version\t" + rs.getString(1));
            }
            List<String> names = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery(
                    "SELECT table_name FROM information_schema.tables ORDER BY table_name")) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
            for (String name : names) {
                try (ResultSet rs = statement.executeQuery("SELECT count(*) FROM \"" + name + "\"")) {
                    rs.next();
                    System.out.println("count\t" + name + "\t" + rs.getLong(1));
                }
            }
            try (ResultSet rs = statement.executeQuery(args[1])) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    StringBuilder line = new StringBuilder("row");
                    for (int i = 1; i <= columns; i++) {
                        line.append('\t').append(rs.getString(i));
                    }
                    System.out.println(line);
                }
            }
        }
    }
}
