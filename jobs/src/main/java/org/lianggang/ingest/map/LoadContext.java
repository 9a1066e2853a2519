package org.lianggang.ingest.map;

import java.time.Instant;

/** The facts of one load every row carries: which file, from which source, for which year. */
public record LoadContext(String fileName, String source, int year, String sha256, Instant loadedAt) {
}
