package org.lianggang;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The one operation that publishes a file (a lake partition, a report set, a vintage): an atomic rename. It is an interface so that tests can make the
 * final rename fail (a full disk, a read-only mount) and check that nothing half-committed is left behind.
 */
@FunctionalInterface
public interface FileMover {

    /** The real thing: an atomic rename that replaces the target. */
    FileMover ATOMIC = (from, to) -> Files.move(from, to, StandardCopyOption.ATOMIC_MOVE,
            StandardCopyOption.REPLACE_EXISTING);

    void move(Path from, Path to) throws IOException;
}
