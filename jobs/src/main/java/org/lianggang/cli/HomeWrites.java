package org.lianggang.cli;

import java.nio.file.Path;

/**
 * A command that may run on a read-only home when, as parsed, it writes nothing under it ({@code sql},
 * {@code jobs} without {@code --purge-older-than}, {@code report --out} elsewhere). A command without this
 * interface writes to the home, and is refused on a read-only one before Spring starts.
 */
interface HomeWrites {

    /** Whether this command line writes under {@code home}. */
    boolean writesTo(Path home);
}
