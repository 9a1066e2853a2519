package org.lianggang.lake;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.RecordConsumer;
import org.apache.parquet.schema.MessageType;

/** Writes the fields of one row by name; a null leaves an optional field empty. */
public final class ParquetRow {

    /**
     * Text values repeat across rows (region codes, element codes, the file's SHA-256): their UTF-8 bytes are kept
     * rather than encoded again for every row, and byte-array Binaries compare and hash faster in the dictionary and
     * statistics. Cleared when it grows past this many, so a column of unique texts cannot fill the heap.
     */
    private static final int CACHED_TEXTS = 8192;

    private final RecordConsumer consumer;
    private final MessageType schema;
    private final Map<String, Binary> texts = new HashMap<>();

    ParquetRow(RecordConsumer consumer, MessageType schema) {
        this.consumer = consumer;
        this.schema = schema;
    }

    public ParquetRow string(String field, String value) {
        if (value != null) {
            int index = start(field);
            consumer.addBinary(binary(value));
            consumer.endField(field, index);
        }
        return this;
    }

    public ParquetRow int32(String field, Integer value) {
        if (value != null) {
            int index = start(field);
            consumer.addInteger(value);
            consumer.endField(field, index);
        }
        return this;
    }

    public ParquetRow int64(String field, Long value) {
        if (value != null) {
            int index = start(field);
            consumer.addLong(value);
            consumer.endField(field, index);
        }
        return this;
    }

    public ParquetRow float64(String field, Double value) {
        if (value != null) {
            int index = start(field);
            consumer.addDouble(value);
            consumer.endField(field, index);
        }
        return this;
    }

    public ParquetRow timestamp(String field, Instant value) {
        return int64(field, value == null ? null : value.toEpochMilli());
    }

    private Binary binary(String value) {
        Binary binary = texts.get(value);
        if (binary == null) {
            if (texts.size() >= CACHED_TEXTS) {
                texts.clear();
            }
            binary = Binary.fromConstantByteArray(value.getBytes(StandardCharsets.UTF_8));
            texts.put(value, binary);
        }
        return binary;
    }

    private int start(String field) {
        int index = schema.getFieldIndex(field);
        consumer.startField(field, index);
        return index;
    }
}
