package org.lianggang.lake;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.RecordConsumer;
import org.apache.parquet.schema.MessageType;

/**
 * Writes the fields of one row by name; a null leaves an optional field empty. Called for every row of files with
 * millions, so it avoids per-row work that the names would otherwise cost: fields are looked up from where the
 * previous one was (a table writes them in schema order), and texts keep their UTF-8 bytes.
 */
public final class ParquetRow {

    /**
     * Text values repeat across rows (region codes, element codes, the file's SHA-256): their UTF-8 bytes are kept
     * rather than encoded again for every row, and byte-array Binaries compare and hash faster in the dictionary and
     * statistics. Cleared when it grows past this many, so a column of unique texts cannot fill the heap.
     */
    private static final int CACHED_TEXTS = 8192;

    private final RecordConsumer consumer;
    private final MessageType schema;
    private final String[] names;
    private final String[] lastText;
    private final Binary[] lastBinary;
    private final Map<String, Binary> texts = new HashMap<>();
    private int cursor;

    ParquetRow(RecordConsumer consumer, MessageType schema) {
        this.consumer = consumer;
        this.schema = schema;
        this.names = schema.getFields().stream().map(f -> f.getName()).toArray(String[]::new);
        this.lastText = new String[names.length];
        this.lastBinary = new Binary[names.length];
    }

    /** Starts a row: field lookups begin again at the first field. */
    void begin() {
        cursor = 0;
    }

    public ParquetRow string(String field, String value) {
        if (value != null) {
            int index = start(field);
            consumer.addBinary(binary(index, value));
            consumer.endField(field, index);
        }
        return this;
    }

    public ParquetRow int32(String field, int value) {
        int index = start(field);
        consumer.addInteger(value);
        consumer.endField(field, index);
        return this;
    }

    public ParquetRow int32(String field, Integer value) {
        return value == null ? this : int32(field, value.intValue());
    }

    public ParquetRow int64(String field, long value) {
        int index = start(field);
        consumer.addLong(value);
        consumer.endField(field, index);
        return this;
    }

    public ParquetRow int64(String field, Long value) {
        return value == null ? this : int64(field, value.longValue());
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
        return value == null ? this : int64(field, value.toEpochMilli());
    }

    private Binary binary(int field, String value) {
        if (value == lastText[field]) {
            return lastBinary[field];
        }
        Binary binary = texts.get(value);
        if (binary == null) {
            if (texts.size() >= CACHED_TEXTS) {
                texts.clear();
            }
            binary = Binary.fromConstantByteArray(value.getBytes(StandardCharsets.UTF_8));
            texts.put(value, binary);
        }
        lastText[field] = value;
        lastBinary[field] = binary;
        return binary;
    }

    private int start(String field) {
        int index = indexOf(field);
        consumer.startField(field, index);
        return index;
    }

    private int indexOf(String field) {
        for (int i = cursor; i < names.length; i++) {
            if (names[i].equals(field)) {
                cursor = i + 1;
                return i;
            }
        }
        return schema.getFieldIndex(field);
    }
}
