package org.lianggang.lake;

import static org.apache.parquet.schema.LogicalTypeAnnotation.TimeUnit.MILLIS;
import static org.apache.parquet.schema.LogicalTypeAnnotation.stringType;
import static org.apache.parquet.schema.LogicalTypeAnnotation.timestampType;
import static org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName.BINARY;
import static org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName.DOUBLE;
import static org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName.INT64;

import java.time.Instant;
import org.apache.parquet.schema.Types;

/**
 * One reported value of a data element for a region and year (lake table {@code data_value}). A null value
 * means the department reported it as missing, and {@code missingReason} says how (blank, 无, -2 未开展 …); it is
 * never turned into zero. {@code year} and {@code source} are the partition's, in the file's path only
 * ({@link LakeTable#partitioned}).
 */
public record DataValue(int year, String regionCode, String element, String sex, String area, String ageGroup,
                        Double value, String missingReason, String source, String fileSha256, long rowNumber, Instant loadedAt) {

    public static final LakeTable<DataValue> TABLE = new LakeTable<>("data_value",
            Types.buildMessage()
                    .required(BINARY).as(stringType()).named("region_code")
                    .required(BINARY).as(stringType()).named("element")
                    .required(BINARY).as(stringType()).named("sex")
                    .required(BINARY).as(stringType()).named("area")
                    .optional(BINARY).as(stringType()).named("age_group")
                    .optional(DOUBLE).named("value")
                    .optional(BINARY).as(stringType()).named("missing_reason")
                    .required(BINARY).as(stringType()).named("file_sha256")
                    .required(INT64).named("row_number")
                    .required(INT64).as(timestampType(true, MILLIS)).named("loaded_at")
                    .named("data_value"),
            (v, row) -> row.string("region_code", v.regionCode())
                    .string("element", v.element()).string("sex", v.sex()).string("area", v.area())
                    .string("age_group", v.ageGroup()).float64("value", v.value())
                    .string("missing_reason", v.missingReason())
                    .string("file_sha256", v.fileSha256()).int64("row_number", v.rowNumber())
                    .timestamp("loaded_at", v.loadedAt()),
            true);
}
