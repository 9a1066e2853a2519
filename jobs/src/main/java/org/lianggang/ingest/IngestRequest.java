package org.lianggang.ingest;

import java.nio.file.Path;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * One file to load into the (source, year) partition. Its job instance is identified by source, year, the file's
 * SHA-256 and the SHA-256 the partition held before ({@code none} if empty): the same file is the same instance
 * (a failed one is restarted), a corrected file is a new one. {@code encoding} is an explicit override (or null).
 */
public record IngestRequest(Path file, String source, int year, String sha256, String previous, String encoding) {

    static final String NONE = "none";

    JobParameters toJobParameters() {
        return new JobParametersBuilder()
                .addString("source", source)
                .addLong("year", (long) year)
                .addString("sha256", sha256)
                .addString("previous", previous)
                .addString("file", file.toAbsolutePath().toString(), false)
                .addString("encoding", encoding == null ? "" : encoding, false)
                .toJobParameters();
    }

    static IngestRequest of(JobParameters parameters) {
        return new IngestRequest(Path.of(parameters.getString("file")), parameters.getString("source"),
                parameters.getLong("year").intValue(), parameters.getString("sha256"),
                parameters.getString("previous"), emptyToNull(parameters.getString("encoding")));
    }

    private static String emptyToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }
}
