package org.lianggang.lake;

import org.lianggang.FileMover;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * A disk-write failure on a publishing rename (simulated: the {@link FileMover} throws, as a full disk or a
 * read-only mount would) leaves no partial partition, no manifest entry and no staged debris, and the previous
 * content of the partition stays current.
 */
class RenameFailureTest {

    @TempDir
    Path root;

    /** Fails the n-th rename: 1 is the data file into its partition, 2 the manifest entry (the commit point). */
    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void failedRenameLeavesThePartitionAsItWas(int failing) throws Exception {
        int[] moves = {0};
        boolean[] armed = {false};
        Lake lake = new Lake(root, (from, to) -> {
            if (armed[0] && ++moves[0] == failing) {
                throw new IOException("No space left on device (simulated)");
            }
            FileMover.ATOMIC.move(from, to);
        });
        commit(lake, "a".repeat(64));
        List<Path> before = files();

        armed[0] = true;
        assertThatThrownBy(() -> commit(lake, "b".repeat(64))).isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("cannot commit partition").hasRootCauseMessage(
                        "No space left on device (simulated)");

        assertThat(files()).as("no partial partition, no manifest entry, no staged file").isEqualTo(before);
        assertThat(lake.manifest()).hasSize(1);
        assertThat(lake.current("data_value", "health", 2019)).map(ManifestEntry::sha256).contains("a".repeat(64));

        armed[0] = false;
        commit(lake, "b".repeat(64));
        assertThat(lake.current("data_value", "health", 2019)).map(ManifestEntry::sha256).contains("b".repeat(64));
    }

    private static void commit(Lake lake, String sha) {
        try (StagedPartition<DataValue> staged = lake.stage(DataValue.TABLE, "health", 2019, sha)) {
            staged.write(new DataValue(2019, "450202", "live_births", "T", "total", null, 1.0, null, "health", sha,
                    2, Instant.now()));
            lake.commit(staged, "health-2019.csv", 1, 0, 1L);
        }
    }

    /** Every regular file under the lake, except the empty-schema files readers use. */
    private List<Path> files() throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).filter(f -> !f.startsWith(root.resolve("_schema"))).sorted()
                    .toList();
        }
    }
}
