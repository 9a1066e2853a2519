package org.lianggang.lake;

import static org.apache.parquet.schema.LogicalTypeAnnotation.TimeUnit.MILLIS;
import static org.apache.parquet.schema.LogicalTypeAnnotation.stringType;
import static org.apache.parquet.schema.LogicalTypeAnnotation.timestampType;
import static org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName.BINARY;
import static org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName.INT32;
import static org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName.INT64;

import java.time.Instant;
import org.apache.parquet.schema.Types;

/**
 * One committed load (lake table {@code load_manifest}): the file a (table, source, year) partition holds from its
 * commit on. The entry with the highest {@code sequence} per partition is the partition's current content; rows in
 * the lake whose file_sha256 is not current are invisible to the warehouse.
 *
 * <p>{@code sequence} is the entry's place in the commit order, assigned by the commit itself (it names the entry's
 * file); {@code committedAt} is information only, since a clock can jump.
 *
 * <p>A retraction is an entry without a data file ({@code data_file = ''}): the partition is empty from then on,
 * and the entry keeps the retracted file's name and SHA-256, so that history says what was taken out.
 *
 * <p>{@code dataFingerprint} is the data file's size and CRC32C as committed (columns {@code data_size},
 * {@code data_crc32c}), checked before every build; entries written before they were recorded have
 * {@link DataFileFingerprint#NOT_RECORDED}.
 */
public record ManifestEntry(long sequence, String table, String source, int year, String fileName, String dataFile,
                            String sha256, long rowsRead, long rowsWritten, long rowsRejected,
                            long jobExecutionId, Instant committedAt, DataFileFingerprint dataFingerprint) {

    public static final LakeTable<ManifestEntry> TABLE = new LakeTable<>("load_manifest",
            Types.buildMessage()
                    .required(BINARY).as(stringType()).named("table_name")
                    .required(BINARY).as(stringType()).named("source")
                    .required(INT32).named("year")
                    .required(BINARY).as(stringType()).named("file_name")
                    .required(BINARY).as(stringType()).named("data_file")
                    .required(BINARY).as(stringType()).named("sha256")
                    .required(INT64).named("rows_read")
                    .required(INT64).named("rows_written")
                    .required(INT64).named("rows_rejected")
                    .required(INT64).named("job_execution_id")
                    .required(INT64).as(timestampType(true, MILLIS)).named("committed_at")
                    .required(INT64).named("data_size")
                    .required(INT64).named("data_crc32c")
                    .named("load_manifest"),
            (m, row) -> row.string("table_name", m.table()).string("source", m.source()).int32("year", m.year())
                    .string("file_name", m.fileName()).string("data_file", m.dataFile())
                    .string("sha256", m.sha256()).int64("rows_read", m.rowsRead())
                    .int64("rows_written", m.rowsWritten()).int64("rows_rejected", m.rowsRejected())
                    .int64("job_execution_id", m.jobExecutionId()).timestamp("committed_at", m.committedAt())
                    .int64("data_size", m.dataFingerprint().size())
                    .int64("data_crc32c", m.dataFingerprint().crc32c()));

    /** Not yet committed: the commit assigns the sequence number. */
    static final long UNCOMMITTED = 0;

    /** The entry that takes {@code loaded} out of the lake at {@code at}. */
    public static ManifestEntry retraction(ManifestEntry loaded, Instant at) {
        return new ManifestEntry(UNCOMMITTED, loaded.table(), loaded.source(), loaded.year(), loaded.fileName(), "",
                loaded.sha256(), 0, 0, 0, 0, at, DataFileFingerprint.NOT_RECORDED);
    }

    ManifestEntry committedAs(long committedSequence) {
        return new ManifestEntry(committedSequence, table, source, year, fileName, dataFile, sha256, rowsRead,
                rowsWritten, rowsRejected, jobExecutionId, committedAt, dataFingerprint);
    }

    /** A short form of the file for messages: its name and the start of its SHA-256. */
    public String describe() {
        return "'" + fileName + "' (sha256 " + sha256.substring(0, Math.min(12, sha256.length())) + "…)";
    }

    /** The partition's state this entry leaves: {@code 42:<sha256>} for a load, {@code 43:retracted}. */
    public String state() {
        return sequence + ":" + (retracted() ? "retracted" : sha256);
    }

    public boolean retracted() {
        return dataFile.isEmpty();
    }
}
