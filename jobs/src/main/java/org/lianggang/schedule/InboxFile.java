package org.lianggang.schedule;

import java.nio.file.Path;
import java.time.Instant;

/**
 * A file found under {@code inbox/<source>/<year>/}. {@code problem} is set when its place in the inbox does not
 * name a configured source and a year: such a file is reported, never guessed at.
 */
record InboxFile(Path path, String source, int year, Instant modified, String problem) {

    String name() {
        return path.getFileName().toString();
    }
}
