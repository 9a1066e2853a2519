package org.lianggang.lake;

import java.util.List;
import java.util.function.BiConsumer;
import org.apache.parquet.schema.MessageType;

/**
 * A lake table: its directory name, its Parquet schema and how one record is written into a row.
 *
 * <p>A partitioned table ({@code data_value}, {@code assessment}) is a Hive-style dataset,
 * {@code <table>/source=<id>/year=<yyyy>/part-….parquet}: the partition columns {@code source} and {@code year} are
 * in the path only, never in the files, so that every engine that reads Hive partitions (pyarrow and pandas,
 * Spark, DuckDB with {@code hive_partitioning}, Trino's Hive connector) reads the folder as one table, each column
 * once. A file's rows all belong to its partition, so nothing is lost; the load manifest names each file's
 * partition as well.
 *
 * @param <T> the record type of a row
 */
public record LakeTable<T>(String name, MessageType schema, BiConsumer<T, ParquetRow> writer, boolean partitioned) {

    /** The Hive partition columns of a partitioned table, outermost first. */
    public static final List<String> PARTITION_COLUMNS = List.of("source", "year");

    /** An unpartitioned table (the load manifest): a flat folder of files. */
    public LakeTable(String name, MessageType schema, BiConsumer<T, ParquetRow> writer) {
        this(name, schema, writer, false);
    }
}
