package org.lianggang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.transaction.TransactionSystemException;

/**
 * A full disk is reported as such, with where, however deep the ENOSPC lies. The root causes are real: writes to
 * Linux's {@code /dev/full}, which fails every write with ENOSPC, from Java and from DuckDB. The wrappers around the
 * Java one are built here after the chain a real run on a full 4 MiB tmpfs logged (Spring's rollback exception →
 * H2's "database has been closed" → H2's MVStoreException → the IOException).
 */
class NoSpaceLeftTest {

    private static final Path FULL = Path.of("/dev/full");

    @TempDir
    Path home;

    @BeforeEach
    void linuxFullDevice() {
        assumeTrue(Files.isWritable(FULL), "no writable /dev/full on this system: the ENOSPC tests need Linux");
    }

    @Test
    void theJobRepositorysClosedDatabaseIsReportedAsAFullDiskOfTheHome() {
        IOException enospc = (IOException) catchThrowable(() -> Files.write(FULL, new byte[4096]));
        assertThat(enospc).hasMessage("No space left on device");
        Exception mvStore = new IllegalStateException("Writing to sun.nio.ch.FileChannelImpl@126af200 failed;"
                + " length 16384 at 3366912 [2.4.240/2]", enospc);
        Exception closed = new SQLException("The database has been closed [90098-240]", mvStore);
        Exception rollback = new TransactionSystemException("JDBC rollback; The database has been closed [90098-240]",
                closed);

        assertThat(NoSpaceLeft.describe(rollback, home)).hasValueSatisfying(message -> assertThat(message)
                .startsWith("磁盘空间不足：" + home + "（文件系统 ")
                .contains("剩余 ", " MiB / ", "腾出空间后重新运行即可")
                .doesNotContain("database has been closed"));
    }

    @Test
    void duckDbsFailedWriteNamesTheFileAndItsFileSystem() throws Exception {
        SQLException failed;
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            failed = (SQLException) catchThrowable(() -> s.execute("COPY (SELECT range FROM range(100000)) TO '"
                    + FULL + "' (FORMAT csv)"));
        }
        assertThat(failed.getMessage()).contains("No space left on device");
        Exception build = new IllegalStateException("40_indicator_status.sql: " + failed.getMessage(), failed);

        assertThat(NoSpaceLeft.describe(build, home)).hasValueSatisfying(message -> assertThat(message)
                .startsWith("磁盘空间不足：/dev/full（文件系统 /dev (")
                .contains("Could not write file"));
    }

    @Test
    void aFileSystemExceptionNamesItsFile() {
        Path partition = home.resolve("lake/data_value/source=health/year=2019");
        Exception failure = new IllegalStateException("cannot stage the partition",
                new FileSystemException(partition.toString(), null, "No space left on device"));

        assertThat(NoSpaceLeft.describe(failure, Path.of("/elsewhere"))).hasValueSatisfying(message ->
                assertThat(message).startsWith("磁盘空间不足：" + partition + "（"));
    }

    @Test
    void anEnospcAmongSuppressedExceptionsIsFound() {
        IOException enospc = (IOException) catchThrowable(() -> Files.write(FULL, new byte[1]));
        Exception closing = new IllegalStateException("cannot close the writer");
        closing.addSuppressed(enospc);

        assertThat(NoSpaceLeft.describe(closing, home)).isPresent();
    }

    @Test
    void otherFailuresKeepTheirOwnMessage() {
        Exception first = new IllegalStateException("JDBC rollback; The database has been closed");
        Exception second = new IllegalStateException("a lock timeout", first);
        first.initCause(second);

        assertThat(NoSpaceLeft.describe(second, home)).isEmpty();
        assertThat(NoSpaceLeft.describe(new IllegalArgumentException((String) null), home)).isEmpty();
    }
}
