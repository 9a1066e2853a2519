package org.lianggang.lake;

import static org.apache.parquet.schema.LogicalTypeAnnotation.TimeUnit.MILLIS;
import static org.apache.parquet.schema.LogicalTypeAnnotation.stringType;
import static org.apache.parquet.schema.LogicalTypeAnnotation.timestampType;
import static org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName.BINARY;
import static org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName.DOUBLE;
import static org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName.INT32;
import static org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName.INT64;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.apache.parquet.column.ParquetProperties;
import org.apache.parquet.column.values.factory.DefaultValuesWriterFactory;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.format.ColumnChunk;
import org.apache.parquet.format.RowGroup;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.Types;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link RepeatAwareValuesWriters} against parquet-java's own value writers ({@link DefaultValuesWriterFactory}, what
 * the lake would use without them): the same random rows — text in runs, repeated and alternating, equal texts as
 * other objects, nulls, a digest column of one value or of so many that the dictionary gives up mid-chunk, ints and
 * longs that stay, change and come back — written both ways over several row groups and pages, read back by
 * parquet-java's decoders ({@link ParquetJavaReader}) and by DuckDB, give the rows written; and the two files are
 * the same bytes.
 */
class RepeatAwareValuesWritersTest {

    record Row(String region, String element, String sex, String area, String ageGroup, Double value,
               String missingReason, String digest, long rowNumber, long loadedAt, Integer year) {
    }

    /** data_value's columns, so the lake's per-column settings apply, and an int column (a year). */
    private static final MessageType SCHEMA = Types.buildMessage()
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
            .optional(INT32).named("year")
            .named("differential_rows");

    private static final LakeTable<Row> TABLE = new LakeTable<>("differential_rows", SCHEMA,
            (r, row) -> row.string("region_code", r.region()).string("element", r.element()).string("sex", r.sex())
                    .string("area", r.area()).string("age_group", r.ageGroup()).float64("value", r.value())
                    .string("missing_reason", r.missingReason()).string("file_sha256", r.digest())
                    .int64("row_number", r.rowNumber()).int64("loaded_at", r.loadedAt()).int32("year", r.year()));

    private static final int ROWS = 100_000;
    private static final int ROW_GROUP_ROWS = 30_000;

    @TempDir
    Path dir;

    /**
     * With the lake's own settings, and with small dictionary pages and data pages, so that every dictionary column
     * (text, int, long) falls back to plain encoding in the middle of a chunk and each chunk has many pages.
     */
    @ParameterizedTest(name = "seed {0}, {1} digests, dictionary page {2} B, page {3} B")
    @CsvSource({"1, 1, 0, 0", "2, 40000, 0, 0", "3, 3, 2048, 8192", "4, 40000, 4096, 16384"})
    void sameRowsAndSameBytesAsParquetJavasWriters(long seed, int digests, int dictionaryPage, int page)
            throws Exception {
        List<Row> rows = rows(new Random(seed), digests);
        ParquetProperties lake = dictionaryPage == 0 ? ParquetFiles.properties()
                : ParquetProperties.copy(ParquetFiles.properties()).withValuesWriterFactory(
                        new RepeatAwareValuesWriters()).withDictionaryPageSize(dictionaryPage).withPageSize(page)
                        .build();
        ParquetProperties parquetJava = ParquetProperties.copy(lake)
                .withValuesWriterFactory(new DefaultValuesWriterFactory()).build();
        Path ours = write(dir.resolve("ours.parquet"), rows, lake);
        Path theirs = write(dir.resolve("theirs.parquet"), rows, parquetJava);

        ParquetJavaReader.Contents contents = ParquetJavaReader.read(ours, SCHEMA);
        assertSameRows(rows(ParquetJavaReader.read(theirs, SCHEMA)), rows, "parquet-java's file read by parquet-java");
        assertSameRows(rows(contents), rows, "our file read by parquet-java");
        assertSameRows(readByDuckDb(ours), rows, "our file read by DuckDB");
        assertThat(Arrays.mismatch(Files.readAllBytes(ours), Files.readAllBytes(theirs)))
                .as("the first byte where our file and parquet-java's differ").isEqualTo(-1);

        // the cases meant: several row groups, several pages per chunk, and a dictionary given up where intended
        List<RowGroup> groups = contents.footer().getRow_groups();
        assertThat(groups).hasSize((ROWS + ROW_GROUP_ROWS - 1) / ROW_GROUP_ROWS);
        assertThat(contents.dataPages().stream().mapToInt(group -> group.get("region_code").size()).sum())
                .as("region_code's pages").isGreaterThan(groups.size());
        // plain values in a dictionary column: its dictionary was given up, at the first page or later
        Set<String> fellBack = new HashSet<>();
        for (RowGroup group : groups) {
            for (ColumnChunk chunk : group.getColumns()) {
                String column = String.join(".", chunk.getMeta_data().getPath_in_schema());
                if (chunk.getMeta_data().getEncodings().contains(org.apache.parquet.format.Encoding.PLAIN)
                        && !column.equals("row_number")) {
                    fellBack.add(column);
                }
            }
        }
        if (dictionaryPage > 0) {
            assertThat(fellBack).contains("element", "loaded_at", "year");
        } else {
            assertThat(fellBack).isSubsetOf("file_sha256");
        }
        // 40,000 digests of 64 characters: over 1 MB in every row group
        assertThat(fellBack.contains("file_sha256")).as("the digest's dictionary given up")
                .isEqualTo(digests > 1000);
    }

    private static List<Row> rows(Random random, int digestCount) {
        String[] regions = new String[3000];
        for (int i = 0; i < regions.length; i++) {
            regions[i] = String.valueOf(110000 + i * 7);
        }
        String[] digests = new String[digestCount];
        for (int i = 0; i < digests.length; i++) {
            digests[i] = String.format("%016x%016x%016x%016x", random.nextLong(), random.nextLong(),
                    random.nextLong(), random.nextLong());
        }
        List<String> sexes = List.of("T", "F", "M");
        List<String> areas = List.of("total", "urban", "rural");
        List<String> ageGroups = Arrays.asList(null, "0-4岁", "5-9岁", "15-49岁", "65岁及以上");
        long[] loadedAt = {1_700_000_000_000L, 1_700_000_100_000L, 1_600_000_000_000L};
        List<Row> rows = new ArrayList<>(ROWS);
        String region = regions[0];
        String element = "live_births";
        long loaded = loadedAt[0];
        int run = 0;
        for (int i = 0; i < ROWS; i++) {
            // a county's rows together, then another; now and then a long run of one region, or one row each
            if (run-- <= 0) {
                region = regions[random.nextInt(random.nextInt(10) == 0 ? regions.length : 40)];
                run = random.nextInt(10) == 0 ? 2000 + random.nextInt(5000) : random.nextInt(30);
            }
            if (random.nextInt(8) == 0) {
                element = "element_" + random.nextInt(random.nextInt(20) == 0 ? 5000 : 60);
            }
            // equal text as another object now and then: the identity shortcut must not be the only way in
            String sex = random.nextInt(50) == 0 ? new String(sexes.get(random.nextInt(3)))
                    : sexes.get(i % 7 == 0 ? 1 : 0);
            String area = areas.get(random.nextInt(4) == 0 ? random.nextInt(3) : 0);
            String ageGroup = random.nextInt(200) == 0 ? "年龄组" + random.nextInt(100_000)
                    : ageGroups.get(random.nextInt(ageGroups.size()));
            Double value = switch (random.nextInt(6)) {
                case 0 -> null;
                case 1 -> 0.0;
                case 2 -> (double) random.nextInt(100);
                default -> random.nextDouble() * 1e6;
            };
            String reason = value == null ? (random.nextBoolean() ? "无" : "-2 未开展") : null;
            String digest = digests[digestCount == 1 ? 0 : random.nextInt(digestCount)];
            if (random.nextInt(3000) == 0) {
                loaded = random.nextInt(3) == 0 ? 1_650_000_000_000L + random.nextInt(1_000_000)
                        : loadedAt[random.nextInt(loadedAt.length)];
            }
            long rowLoaded = random.nextInt(50) == 0 ? 1_500_000_000_000L + random.nextInt(1 << 20) : loaded;
            Integer year = switch (random.nextInt(20)) {
                case 0 -> null;
                case 1 -> 1900 + random.nextInt(5000);
                case 2 -> 2015;
                default -> i < ROWS / 3 ? 2019 : 2020;
            };
            rows.add(new Row(region, element, sex, area, ageGroup, value, reason, digest, i, rowLoaded, year));
        }
        return rows;
    }

    private static Path write(Path file, List<Row> rows, ParquetProperties properties) throws Exception {
        try (LakeFileWriter<Row> writer = new LakeFileWriter<>(file, TABLE, properties, new ZstdCodecFactory(),
                ROW_GROUP_ROWS, ParquetFiles.ROW_GROUP_BYTES)) {
            for (Row row : rows) {
                writer.write(row);
            }
        }
        return file;
    }

    private static List<Row> rows(ParquetJavaReader.Contents contents) {
        List<Row> rows = new ArrayList<>();
        for (Group g : contents.rows()) {
            rows.add(new Row(g.getString("region_code", 0), g.getString("element", 0), g.getString("sex", 0),
                    g.getString("area", 0), text(g, "age_group"),
                    g.getFieldRepetitionCount("value") == 0 ? null : g.getDouble("value", 0),
                    text(g, "missing_reason"), g.getString("file_sha256", 0), g.getLong("row_number", 0),
                    g.getLong("loaded_at", 0), g.getFieldRepetitionCount("year") == 0 ? null : g.getInteger("year", 0)));
        }
        return rows;
    }

    private static String text(Group group, String field) {
        return group.getFieldRepetitionCount(field) == 0 ? null : group.getString(field, 0);
    }

    private static List<Row> readByDuckDb(Path file) throws Exception {
        List<Row> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT region_code, element, sex, area, age_group, value, missing_reason,"
                     + " file_sha256, row_number, epoch_ms(loaded_at), year FROM read_parquet('" + file + "')"
                     + " ORDER BY row_number")) {
            while (rs.next()) {
                Number value = (Number) rs.getObject(6);
                Number year = (Number) rs.getObject(11);
                rows.add(new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), value == null ? null : value.doubleValue(), rs.getString(7),
                        rs.getString(8), rs.getLong(9), rs.getLong(10), year == null ? null : year.intValue()));
            }
        }
        return rows;
    }

    /** Row by row, so that a failure names the first row that differs rather than printing all of them. */
    private static void assertSameRows(List<Row> actual, List<Row> expected, String what) {
        for (int i = 0; i < Math.min(actual.size(), expected.size()); i++) {
            assertThat(actual.get(i)).as(what + ", row " + i).isEqualTo(expected.get(i));
        }
        assertThat(actual.size()).as(what + ", rows").isEqualTo(expected.size());
    }
}
