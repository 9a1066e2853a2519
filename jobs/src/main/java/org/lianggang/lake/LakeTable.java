package org.lianggang.lake;

import java.util.function.BiConsumer;
import org.apache.parquet.schema.MessageType;

/**
 * A lake table: its directory name, its Parquet schema and how one record is written into a row.
 *
 * @param <T> the record type of a row
 */
public record LakeTable<T>(String name, MessageType schema, BiConsumer<T, ParquetRow> writer) {
}
