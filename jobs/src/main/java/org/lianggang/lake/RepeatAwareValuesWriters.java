package org.lianggang.lake;

import org.apache.parquet.bytes.ByteBufferAllocator;
import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.column.Encoding;
import org.apache.parquet.column.ParquetProperties;
import org.apache.parquet.column.values.ValuesWriter;
import org.apache.parquet.column.values.dictionary.DictionaryValuesWriter;
import org.apache.parquet.column.values.factory.DefaultV1ValuesWriterFactory;
import org.apache.parquet.column.values.factory.ValuesWriterFactory;
import org.apache.parquet.column.values.fallback.FallbackValuesWriter;
import org.apache.parquet.column.values.plain.PlainValuesWriter;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;

/**
 * parquet-java's value writers, except that a text column's dictionary recognises a value written again as the very
 * same object without hashing its bytes, and an int or long column's the value it has just added. Lake rows repeat the previous row's text in most columns (the file's
 * digest and source in every row, the region for a whole county's rows, 合计 for sex and area), and parquet-java
 * hashes every byte of every value to find its dictionary id: for the 64-character digest alone that was the
 * largest single cost of encoding. {@link ParquetRow} hands over the same {@link Binary} for the same text, so the
 * identity test finds these repeats. Every other column, and the files written, are exactly parquet-java's.
 */
final class RepeatAwareValuesWriters implements ValuesWriterFactory {

    private final DefaultV1ValuesWriterFactory defaults = new DefaultV1ValuesWriterFactory();
    private ParquetProperties properties;

    @Override
    public void initialize(ParquetProperties parquetProperties) {
        this.properties = parquetProperties;
        defaults.initialize(parquetProperties);
    }

    @Override
    public ValuesWriter newValuesWriter(ColumnDescriptor column) {
        PrimitiveTypeName type = column.getPrimitiveType().getPrimitiveTypeName();
        if (!properties.isDictionaryEnabled(column)) {
            return defaults.newValuesWriter(column);
        }
        // As DefaultV1ValuesWriterFactory builds these columns' writers: a dictionary, falling back to plain.
        int maxDictionaryBytes = properties.getDictionaryPageSizeThreshold();
        return switch (type) {
            case BINARY -> withFallback(new RepeatAwareDictionary(maxDictionaryBytes, properties.getAllocator()));
            case INT32 -> withFallback(new RepeatAwareIntDictionary(maxDictionaryBytes, properties.getAllocator()));
            case INT64 -> withFallback(new RepeatAwareLongDictionary(maxDictionaryBytes, properties.getAllocator()));
            default -> defaults.newValuesWriter(column);
        };
    }

    private ValuesWriter withFallback(DictionaryValuesWriter dictionary) {
        return FallbackValuesWriter.of(dictionary, new PlainValuesWriter(properties.getInitialSlabSize(),
                properties.getPageSizeThreshold(), properties.getAllocator()));
    }

    /**
     * parquet-java's int dictionary, with the id of a value it has just added at hand: a column that holds one
     * value per file (the year) then costs no lookup per row. Its map is private, so only an id seen being assigned
     * is remembered.
     */
    static final class RepeatAwareIntDictionary extends DictionaryValuesWriter.PlainIntegerDictionaryValuesWriter {

        private final JustAdded justAdded = new JustAdded();

        RepeatAwareIntDictionary(int maxDictionaryByteSize, ByteBufferAllocator allocator) {
            super(maxDictionaryByteSize, Encoding.PLAIN_DICTIONARY, Encoding.PLAIN_DICTIONARY, allocator);
        }

        @Override
        public void writeInteger(int value) {
            if (justAdded.is(value)) {
                encodedValues.add(justAdded.id);
                return;
            }
            int size = getDictionarySize();
            super.writeInteger(value);
            justAdded.remember(value, size, getDictionarySize());
        }

        @Override
        protected void clearDictionaryContent() {
            super.clearDictionaryContent();
            justAdded.forget();
        }
    }

    /** The same for longs (the load's timestamp). */
    static final class RepeatAwareLongDictionary extends DictionaryValuesWriter.PlainLongDictionaryValuesWriter {

        private final JustAdded justAdded = new JustAdded();

        RepeatAwareLongDictionary(int maxDictionaryByteSize, ByteBufferAllocator allocator) {
            super(maxDictionaryByteSize, Encoding.PLAIN_DICTIONARY, Encoding.PLAIN_DICTIONARY, allocator);
        }

        @Override
        public void writeLong(long value) {
            if (justAdded.is(value)) {
                encodedValues.add(justAdded.id);
                return;
            }
            int size = getDictionarySize();
            super.writeLong(value);
            justAdded.remember(value, size, getDictionarySize());
        }

        @Override
        protected void clearDictionaryContent() {
            super.clearDictionaryContent();
            justAdded.forget();
        }
    }

    /** The value last added to a number dictionary and its id (ids are given in order: the id is the old size). */
    private static final class JustAdded {

        private boolean known;
        private long value;
        private int id;

        boolean is(long candidate) {
            return known && candidate == value;
        }

        void remember(long written, int sizeBefore, int sizeAfter) {
            known = sizeAfter > sizeBefore;
            value = written;
            id = sizeBefore;
        }

        void forget() {
            known = false;
        }
    }

    /** parquet-java's plain binary dictionary, with the previous value's id at hand. */
    static final class RepeatAwareDictionary extends DictionaryValuesWriter.PlainBinaryDictionaryValuesWriter {

        private Binary previous;
        private int previousId;

        RepeatAwareDictionary(int maxDictionaryByteSize, ByteBufferAllocator allocator) {
            super(maxDictionaryByteSize, Encoding.PLAIN_DICTIONARY, Encoding.PLAIN_DICTIONARY, allocator);
        }

        @Override
        public void writeBytes(Binary value) {
            // Identity is proof of equal bytes only for a value whose bytes are never reused.
            if (value != previous || value.isBackingBytesReused()) {
                int id = binaryDictionaryContent.getInt(value);
                if (id == -1) {
                    // What the parent does for a new value.
                    id = binaryDictionaryContent.size();
                    binaryDictionaryContent.put(value.copy(), id);
                    dictionaryByteSize += 4L + value.length();
                }
                previous = value;
                previousId = id;
            }
            encodedValues.add(previousId);
        }

        @Override
        protected void clearDictionaryContent() {
            super.clearDictionaryContent();
            previous = null;
        }
    }
}
