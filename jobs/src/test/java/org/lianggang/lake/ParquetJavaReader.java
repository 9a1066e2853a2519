package org.lianggang.lake;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.parquet.bytes.BytesInput;
import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.column.Encoding;
import org.apache.parquet.column.page.DataPage;
import org.apache.parquet.column.page.DataPageV1;
import org.apache.parquet.column.page.DictionaryPage;
import org.apache.parquet.column.page.PageReadStore;
import org.apache.parquet.column.page.PageReader;
import org.apache.parquet.compression.CompressionCodecFactory;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.convert.GroupRecordConverter;
import org.apache.parquet.format.ColumnChunk;
import org.apache.parquet.format.ColumnMetaData;
import org.apache.parquet.format.DataPageHeader;
import org.apache.parquet.format.FileMetaData;
import org.apache.parquet.format.PageHeader;
import org.apache.parquet.format.PageType;
import org.apache.parquet.format.RowGroup;
import org.apache.parquet.format.Util;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.ColumnIOFactory;
import org.apache.parquet.io.RecordReader;
import org.apache.parquet.schema.MessageType;

/**
 * Reads a lake file back with parquet-java's own decoding — its column readers, value decoders and record assembly —
 * but not parquet-hadoop's file reader, which needs the Hadoop stack the lake leaves out: the footer and the page
 * headers come through parquet-format's Thrift structures, the pages are handed to parquet-column as they are.
 */
final class ParquetJavaReader {

    /** The file's footer and every data page, per row group and column (path), in order. */
    record Contents(FileMetaData footer, List<Map<String, List<DataPage>>> dataPages, List<Group> rows) {
    }

    private ParquetJavaReader() {
    }

    static Contents read(Path file, MessageType schema) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        int footerLength = ByteBuffer.wrap(bytes, bytes.length - 8, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
        FileMetaData footer = Util.readFileMetaData(
                new ByteArrayInputStream(bytes, bytes.length - 8 - footerLength, footerLength));
        CompressionCodecFactory.BytesInputDecompressor zstd = new ZstdCodecFactory()
                .getDecompressor(CompressionCodecName.ZSTD);
        List<Map<String, List<DataPage>>> dataPages = new ArrayList<>();
        List<Group> rows = new ArrayList<>();
        for (RowGroup group : footer.getRow_groups()) {
            Map<String, Chunk> chunks = new HashMap<>();
            for (ColumnChunk column : group.getColumns()) {
                chunks.put(String.join(".", column.getMeta_data().getPath_in_schema()),
                        chunk(bytes, column.getMeta_data(), zstd));
            }
            Map<String, List<DataPage>> pages = new HashMap<>();
            chunks.forEach((path, chunk) -> pages.put(path, List.copyOf(chunk.pages())));
            dataPages.add(pages);
            PageReadStore store = new PageReadStore() {
                @Override
                public PageReader getPageReader(ColumnDescriptor column) {
                    return chunks.get(String.join(".", column.getPath())).reader();
                }

                @Override
                public long getRowCount() {
                    return group.getNum_rows();
                }
            };
            RecordReader<Group> records = new ColumnIOFactory().getColumnIO(schema)
                    .getRecordReader(store, new GroupRecordConverter(schema));
            for (long i = 0; i < group.getNum_rows(); i++) {
                rows.add(records.read());
            }
        }
        return new Contents(footer, dataPages, rows);
    }

    private record Chunk(DictionaryPage dictionary, List<DataPage> pages, long values) {

        PageReader reader() {
            Deque<DataPage> left = new ArrayDeque<>(pages);
            return new PageReader() {
                @Override
                public DictionaryPage readDictionaryPage() {
                    return dictionary;
                }

                @Override
                public long getTotalValueCount() {
                    return values;
                }

                @Override
                public DataPage readPage() {
                    return left.poll();
                }
            };
        }
    }

    private static Chunk chunk(byte[] file, ColumnMetaData column,
                               CompressionCodecFactory.BytesInputDecompressor zstd) throws IOException {
        long start = column.isSetDictionary_page_offset() ? column.getDictionary_page_offset()
                : column.getData_page_offset();
        InputStream in = new ByteArrayInputStream(file, (int) start, (int) column.getTotal_compressed_size());
        DictionaryPage dictionary = null;
        List<DataPage> pages = new ArrayList<>();
        long values = 0;
        while (values < column.getNum_values()) {
            PageHeader header = Util.readPageHeader(in);
            BytesInput page = zstd.decompress(BytesInput.from(in.readNBytes(header.getCompressed_page_size())),
                    header.getUncompressed_page_size());
            if (header.getType() == PageType.DICTIONARY_PAGE) {
                dictionary = new DictionaryPage(BytesInput.copy(page),
                        header.getDictionary_page_header().getNum_values(),
                        encoding(header.getDictionary_page_header().getEncoding()));
            } else if (header.getType() == PageType.DATA_PAGE) {
                DataPageHeader data = header.getData_page_header();
                pages.add(new DataPageV1(BytesInput.copy(page), data.getNum_values(),
                        header.getUncompressed_page_size(), null, encoding(data.getRepetition_level_encoding()),
                        encoding(data.getDefinition_level_encoding()), encoding(data.getEncoding())));
                values += data.getNum_values();
            } else {
                throw new IOException("a lake file has dictionary and v1 data pages only, not " + header.getType());
            }
        }
        return new Chunk(dictionary, pages, values);
    }

    private static Encoding encoding(org.apache.parquet.format.Encoding encoding) {
        return Encoding.valueOf(encoding.name());
    }
}
