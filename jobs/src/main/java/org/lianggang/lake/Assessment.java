package org.lianggang.lake;

import static org.apache.parquet.schema.LogicalTypeAnnotation.TimeUnit.MILLIS;
import static org.apache.parquet.schema.LogicalTypeAnnotation.stringType;
import static org.apache.parquet.schema.LogicalTypeAnnotation.timestampType;
import static org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName.BINARY;
import static org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName.INT64;

import java.time.Instant;
import org.apache.parquet.schema.Types;

/**
 * The 妇儿工委办's judgement of a qualitative indicator for a region and year (lake table {@code assessment}).
 * {@code year} and {@code source} are the partition's, in the file's path only ({@link LakeTable#partitioned}).
 */
public record Assessment(int year, String regionCode, String indicatorCode, String status, String note,
                         String source, String fileSha256, long rowNumber, Instant loadedAt) {

    public static final LakeTable<Assessment> TABLE = new LakeTable<>("assessment",
            Types.buildMessage()
                    .required(BINARY).as(stringType()).named("region_code")
                    .required(BINARY).as(stringType()).named("indicator_code")
                    .required(BINARY).as(stringType()).named("status")
                    .optional(BINARY).as(stringType()).named("note")
                    .required(BINARY).as(stringType()).named("file_sha256")
                    .required(INT64).named("row_number")
                    .required(INT64).as(timestampType(true, MILLIS)).named("loaded_at")
                    .named("assessment"),
            (a, row) -> row.string("region_code", a.regionCode())
                    .string("indicator_code", a.indicatorCode()).string("status", a.status())
                    .string("note", a.note()).string("file_sha256", a.fileSha256())
                    .int64("row_number", a.rowNumber()).timestamp("loaded_at", a.loadedAt()),
            true);
}
