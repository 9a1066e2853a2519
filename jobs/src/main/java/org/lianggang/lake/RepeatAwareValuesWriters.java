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
 * same object without hashing its bytes. Lake rows repeat the previous row's text in most columns (the file's
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
        if (column.getPrimitiveType().getPrimitiveTypeName() != PrimitiveTypeName.BINARY
                || !properties.isDictionaryEnabled(column)) {
            return defaults.newValuesWriter(column);
        }
        // As DefaultV1ValuesWriterFactory builds a text column's writer: a dictionary, falling back to plain.
        return FallbackValuesWriter.of(
                new RepeatAwareDictionary(properties.getDictionaryPageSizeThreshold(), properties.getAllocator()),
                new PlainValuesWriter(properties.getInitialSlabSize(), properties.getPageSizeThreshold(),
                        properties.getAllocator()));
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
