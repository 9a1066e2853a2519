import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Compares two warehouse files table by table (scripts/compare-warehouses): for every table and view both hold, the
 * rows of one that the other lacks, EXCEPT ALL both ways over the columns both have; then the relations only one
 * holds. Exit 1 when any relation differs. Used to show that a change of how the build computes its tables left their
 * contents as they were.
 */
public final class CompareWarehouses {

    public static void main(String[] args) throws SQLException {
        if (args.length != 2) {
            System.err.println("usage: CompareWarehouses BEFORE.duckdb AFTER.duckdb");
            System.exit(2);
        }
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
             Statement statement = connection.createStatement()) {
            statement.execute("ATTACH '" + args[0].replace("'", "''") + "' AS before (READ_ONLY)");
            statement.execute("ATTACH '" + args[1].replace("'", "''") + "' AS after (READ_ONLY)");
            boolean differs = false;
            for (String relation : relations(statement, "before", "after")) {
                String columns = commonColumns(statement, relation);
                long onlyBefore = count(statement, "SELECT " + columns + " FROM before.main." + relation
                        + " EXCEPT ALL SELECT " + columns + " FROM after.main." + relation);
                long onlyAfter = count(statement, "SELECT " + columns + " FROM after.main." + relation
                        + " EXCEPT ALL SELECT " + columns + " FROM before.main." + relation);
                long rows = count(statement, "SELECT 1 FROM after.main." + relation);
                boolean same = onlyBefore == 0 && onlyAfter == 0;
                differs |= !same;
                System.out.printf("%-28s %10d rows  only before %d  only after %d%s%n", relation, rows, onlyBefore,
                        onlyAfter, same ? "" : "  DIFFERENT");
            }
            for (String[] pair : new String[][] {{"before", "after"}, {"after", "before"}}) {
                for (String relation : missing(statement, pair[0], pair[1])) {
                    System.out.printf("%-28s only in %s%n", relation, pair[0]);
                }
            }
            System.exit(differs ? 1 : 0);
        }
    }

    private static List<String> relations(Statement statement, String a, String b) throws SQLException {
        return strings(statement, "SELECT table_name FROM duckdb_columns() WHERE database_name = '" + a
                + "' INTERSECT SELECT table_name FROM duckdb_columns() WHERE database_name = '" + b + "' ORDER BY 1");
    }

    private static List<String> missing(Statement statement, String a, String b) throws SQLException {
        return strings(statement, "SELECT table_name FROM duckdb_columns() WHERE database_name = '" + a
                + "' EXCEPT SELECT table_name FROM duckdb_columns() WHERE database_name = '" + b + "' ORDER BY 1");
    }

    private static String commonColumns(Statement statement, String relation) throws SQLException {
        List<String> columns = strings(statement, "SELECT column_name FROM duckdb_columns() WHERE database_name ="
                + " 'after' AND table_name = '" + relation + "' AND column_name IN (SELECT column_name FROM"
                + " duckdb_columns() WHERE database_name = 'before' AND table_name = '" + relation + "')"
                + " ORDER BY column_index");
        List<String> quoted = new ArrayList<>();
        for (String column : columns) {
            quoted.add('"' + column + '"');
        }
        return String.join(", ", quoted);
    }

    private static List<String> strings(Statement statement, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (ResultSet rs = statement.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    private static long count(Statement statement, String sql) throws SQLException {
        try (ResultSet rs = statement.executeQuery("SELECT count(*) FROM (" + sql + ")")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
