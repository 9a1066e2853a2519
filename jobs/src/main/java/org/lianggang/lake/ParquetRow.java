package org.lianggang.lake;

import java.time.Instant;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.RecordConsumer;
import org.apache.parquet.schema.MessageType;

/** Writes the fields of one row by name; a null leaves an optional field empty. */
public final class ParquetRow {

    private final RecordConsumer consumer;
    private final MessageType schema;

    ParquetRow(RecordConsumer consumer, MessageType schema) {
        this.consumer = consumer;
        this.schema = schema;
    }

    public ParquetRow string(String field, String value) {
        if (value != null) {
            int index = start(field);
            consumer.addBinary(Binary.fromString(value));
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

    private int start(String field) {
        int index = schema.getFieldIndex(field);
        consumer.startField(field, index);
        return index;
    }
}
