package org.lianggang.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.FileSystemUtils;

/**
 * A home copied to another path (another machine, a share) answers every table and view of its warehouse after
 * the original is deleted, and so does the warehouse file copied alone: the warehouse holds the lake's current
 * state itself, no path into the original home.
 */
class MovedHomeTest {

    private static final String OBJECTS = "SELECT table_name FROM information_schema.tables ORDER BY table_name";

    @TempDir
    Path original;
    @TempDir
    Path elsewhere;

    @Test
    void aCopiedHomeAndACopiedWarehouseFileAnswerEveryTableAndViewAfterTheOriginalIsGone() throws Exception {
        Cli.demoInbox(original, 2019);
        assertThat(Cli.run(original, "nightly").exitCode()).isZero();
        List<String> before = counts(original);
        assertThat(before).hasSizeGreaterThan(20).anyMatch(c -> c.startsWith("fact_data_value "));

        Path home = elsewhere.resolve("home");
        copy(original, home);
        Path alone = elsewhere.resolve("alone");
        Files.createDirectories(alone);
        Files.copy(original.resolve("warehouse.duckdb"), alone.resolve("warehouse.duckdb"));
        FileSystemUtils.deleteRecursively(original);

        assertThat(counts(home)).isEqualTo(before);
        assertThat(counts(alone)).isEqualTo(before);
        Cli.Result sql = Cli.run(home, "sql", "SELECT count(*) AS n FROM fact_data_value", "--format", "csv");
        assertThat(sql.exitCode()).isZero();
        assertThat(sql.out()).contains(before.stream().filter(c -> c.startsWith("fact_data_value ")).findFirst()
                .orElseThrow().split(" ")[1]);
    }

    private static List<String> counts(Path home) throws Exception {
        List<String> counts = new ArrayList<>();
        for (List<String> row : Pipeline.rows(home, OBJECTS)) {
            counts.add(row.get(0) + " " + Pipeline.count(home, "SELECT count(*) FROM \"" + row.get(0) + "\""));
        }
        return counts;
    }

    private static void copy(Path from, Path to) throws Exception {
        FileSystemUtils.copyRecursively(from, to);
    }
}
