package org.lianggang.lake;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.apache.parquet.column.ColumnWriter;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.Type;

/**
 * Writes the fields of one row by name, straight into the column writers of a flat schema; a null leaves an
 * optional field empty. Called for every row of files with millions, so it avoids per-row work that the names
 * would otherwise cost: fields are looked up from where the previous one was (a table writes them in schema order),
 * and texts keep their UTF-8 bytes.
 */
public final class ParquetRow {

    /**
     * Text values repeat across rows (region codes, element codes, the file's SHA-256): their UTF-8 bytes are kept
     * rather than encoded again for every row, and byte-array Binaries compare and hash faster in the dictionary and
     * statistics. Cleared when it grows past this many, so a column of unique texts cannot fill the heap.
     */
    private static final int CACHED_TEXTS = 8192;

    private final MessageType schema;
    private final String[] names;
    private final boolean[] optional;
    private final boolean[] written;
    private final String[] lastText;
    private final Binary[] lastBinary;
    private final Map<String, Binary> texts = new HashMap<>();
    private ColumnWriter[] writers;
    private int cursor;

    ParquetRow(MessageType schema) {
        this.schema = schema;
        this.names = schema.getFields().stream().map(Type::getName).toArray(String[]::new);
        this.optional = new boolean[names.length];
        for (int i = 0; i < names.length; i++) {
            if (!schema.getType(i).isPrimitive() || schema.getType(i).isRepetition(Type.Repetition.REPEATED)) {
                throw new IllegalArgumentException("lake tables are flat: " + schema.getType(i) + " is not");
            }
            optional[i] = schema.getType(i).isRepetition(Type.Repetition.OPTIONAL);
        }
        this.written = new boolean[names.length];
        this.lastText = new String[names.length];
        this.lastBinary = new Binary[names.length];
    }

    /** The column writers of the current row group, one per field in schema order. */
    void writeTo(ColumnWriter[] columnWriters) {
        this.writers = columnWriters;
    }

    /** Starts a row: field lookups begin again at the first field. */
    void begin() {
        cursor = 0;
    }

    /** Ends a row: optional fields not written are null; a required one missing is a bug in the table's writer. */
    void end() {
        for (int i = 0; i < written.length; i++) {
            if (written[i]) {
                written[i] = false;
            } else if (optional[i]) {
                writers[i].writeNull(0, 0);
            } else {
                throw new IllegalStateException("required field " + names[i] + " of " + schema.getName()
                        + " was not written");
            }
        }
    }

    public ParquetRow string(String field, String value) {
        if (value != null) {
            int index = indexOf(field);
            writers[index].write(binary(index, value), 0, level(index));
        }
        return this;
    }

    public ParquetRow int32(String field, int value) {
        int index = indexOf(field);
        writers[index].write(value, 0, level(index));
        return this;
    }

    public ParquetRow int32(String field, Integer value) {
        return value == null ? this : int32(field, value.intValue());
    }

    public ParquetRow int64(String field, long value) {
        int index = indexOf(field);
        writers[index].write(value, 0, level(index));
        return this;
    }

    public ParquetRow int64(String field, Long value) {
        return value == null ? this : int64(field, value.longValue());
    }

    public ParquetRow float64(String field, Double value) {
        if (value != null) {
            int index = indexOf(field);
            writers[index].write(value.doubleValue(), 0, level(index));
        }
        return this;
    }

    public ParquetRow timestamp(String field, Instant value) {
        return value == null ? this : int64(field, value.toEpochMilli());
    }

    /** The definition level of a present value, and the field marked as written. */
    private int level(int index) {
        if (written[index]) {
            throw new IllegalStateException("field " + names[index] + " written twice in one row");
        }
        written[index] = true;
        return optional[index] ? 1 : 0;
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

    private int indexOf(String field) {
        for (int i = cursor; i < names.length; i++) {
            if (names[i].equals(field)) {
                cursor = i + 1;
                return i;
            }
        }
        int index = schema.getFieldIndex(field);
        cursor = index + 1;
        return index;
    }
}
