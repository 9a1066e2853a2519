package org.lianggang.demo;

import java.nio.file.Path;

/** A generated export waiting in the inbox, with the source and year it is for. */
public record DemoFile(Path path, String source, int year) {
}
