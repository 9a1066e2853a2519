package org.lianggang.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lianggang.catalog.Catalog;
import org.lianggang.catalog.CatalogLoader;
import org.lianggang.cli.ExitCode;
import org.lianggang.ingest.FileDigest;
import org.lianggang.ingest.IngestLauncher;
import org.lianggang.ingest.IngestOutcome;
import org.lianggang.lake.Lake;
import org.lianggang.lake.ManifestEntry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Every file of the ingest corpus ({@code src/test/resources/corpus}: awkward and broken department exports, each
 * named after its defect) through the real ingest job, first as a dry run and then as a load, against the outcome a
 * person wrote down for it in {@code corpus/expected.yaml}: status, row counts, the exact problem lines, and for a
 * loaded file values read back from the lake's Parquet through DuckDB.
 */
@SpringBootTest(properties = "lianggang.cli.enabled=false")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS) // its H2 JobRepository lives in the @TempDir home
class IngestCorpusTest {

    static final Path CORPUS = Path.of("src/test/resources/corpus").toAbsolutePath();
    private static final String EDUCATION_HEADER = "地区代码,地区,年份,在园幼儿数,学前一年在园幼儿数,初中毕业班学生数,"
            + "该届学生入小学一年级时学生数,高中阶段在校生数,高等教育在学总规模";

    @TempDir
    static Path home;

    @Autowired
    IngestLauncher ingest;
    @Autowired
    Lake lake;
    @Autowired
    Catalog catalog;

    @DynamicPropertySource
    static void home(DynamicPropertyRegistry registry) {
        registry.add("lianggang.home", () -> home.toString());
        registry.add("lianggang.schemas", () -> schemasWithCorpusLayouts().toString());
        registry.add("lianggang.models", Pipeline.MODELS::toString);
    }

    /** The repository's schemas plus the corpus's test layouts (a reject threshold, a named sheet, a 万人 column). */
    static Path schemasWithCorpusLayouts() {
        Path schemas = home.resolve("schemas");
        try {
            if (!Files.exists(schemas)) {
                try (Stream<Path> files = Files.walk(Pipeline.SCHEMAS)) {
                    for (Path from : files.toList()) {
                        Path to = schemas.resolve(Pipeline.SCHEMAS.relativize(from).toString());
                        if (Files.isDirectory(from)) {
                            Files.createDirectories(to);
                        } else {
                            Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
                        }
                    }
                }
                try (Stream<Path> layouts = Files.list(CORPUS.resolve("sources"))) {
                    for (Path layout : layouts.toList()) {
                        Files.copy(layout, schemas.resolve("sources").resolve(layout.getFileName()));
                    }
                }
            }
            return schemas;
        } catch (IOException e) {
            throw new IllegalStateException("cannot prepare " + schemas, e);
        }
    }

    static List<CorpusCase> corpus() {
        record ExpectedFile(List<CorpusCase> files) {
        }
        return new CatalogLoader().read(CORPUS.resolve("expected.yaml"), ExpectedFile.class).files();
    }

    /** The corpus is the issue's: at least 25 files, every one with an expected outcome, none without. */
    @Test
    void everyCorpusFileHasOneExpectedOutcome() throws IOException {
        List<String> described = corpus().stream().map(CorpusCase::file).toList();
        try (Stream<Path> files = Files.list(CORPUS)) {
            List<String> present = files.filter(Files::isRegularFile).map(f -> f.getFileName().toString())
                    .filter(name -> !name.equals("expected.yaml") && !name.equals("README.md")).toList();
            assertThat(described).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(present);
        }
        assertThat(described).hasSizeGreaterThanOrEqualTo(25);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void fileHasItsExpectedOutcome(CorpusCase expected) throws Exception {
        Path file = CORPUS.resolve(expected.file());
        IngestOutcome dryRun = ingest.check(file, expected.source(), expected.year(), null);
        assertThat(dryRun.status()).as("dry run").isEqualTo(expected.loaded() ? IngestOutcome.Status.CHECKED
                : IngestOutcome.Status.REJECTED);
        assertThat(dryRun.problems()).as("dry run problems").containsExactlyInAnyOrderElementsOf(expected.problems());
        assertThat(new CorpusCase.Rows(dryRun.rowsRead(), dryRun.rowsRejected())).as("dry run rows")
                .isEqualTo(expected.rows());

        IngestOutcome load = ingest.ingest(file, expected.source(), expected.year(), null);
        assertThat(load.problems()).as("load problems").containsExactlyInAnyOrderElementsOf(expected.problems());
        assertThat(new CorpusCase.Rows(load.rowsRead(), load.rowsRejected())).as("load rows")
                .isEqualTo(expected.rows());
        String table = catalog.source(expected.source()).orElseThrow().table().tableName();
        String sha256 = FileDigest.sha256(file);
        if (expected.loaded()) {
            assertThat(load.status()).isEqualTo(IngestOutcome.Status.LOADED);
            assertThat(load.recordsWritten()).as("values written").isEqualTo(expected.written());
            assertThat(load.rejectsFile() != null).as("rejects CSV written").isEqualTo(expected.rows().rejected() > 0);
            assertThat(lake.current(table, expected.source(), load.year()).map(ManifestEntry::sha256))
                    .contains(sha256);
            for (CorpusCase.Value value : expected.values()) {
                assertThat(stored(expected.source(), load.year(), value)).as(value.toString())
                        .containsExactly(value.value() == null ? null : value.value().toString(), value.missing());
            }
        } else {
            assertThat(load.status()).isEqualTo(IngestOutcome.Status.REJECTED);
            assertThat(ExitCode.of(load.status()).code()).isEqualTo(3);
            assertThat(expected.written()).isZero();
            if (expected.year() != null) {
                assertThat(lake.current(table, expected.source(), expected.year()).map(ManifestEntry::sha256))
                        .as("the partition does not hold the refused file").isNotEqualTo(java.util.Optional.of(sha256));
            }
        }
    }

    /**
     * The encoding is chosen from the first MiB; a row in another encoding further down (here GBK pasted into a UTF-8
     * export after 120,000 empty rows Excel kept) must fail the file naming its row, not load as U+FFFD garbage.
     */
    @Test
    void bytesInAnotherEncodingPastTheFirstMibAreWrongEncodingNamingTheirRow() throws IOException {
        byte[] head = (EDUCATION_HEADER + "\n450202,城中区,2019,5931,2237,2384,2458,6784,6443\n"
                + ",,,,,,,,\n".repeat(120_000) + "450204,").getBytes(StandardCharsets.UTF_8);
        assertThat(head.length).isGreaterThan(1 << 20);
        Path file = home.resolve("late-gbk-row.csv");
        Files.write(file, concat(head, "柳南区,2019,15022,5891,6098,6193,16908,15501\n".getBytes("GBK")));

        IngestOutcome outcome = ingest.ingest(file, "education", 2019, null);

        assertThat(outcome.status()).isEqualTo(IngestOutcome.Status.REJECTED);
        assertThat(outcome.problems()).containsExactly("late-gbk-row.csv:120003:: WRONG_ENCODING 偏移 "
                + head.length + " 处的字节不是有效的 UTF-8 文本，而前 1024 KB 是（识别为：有效的 UTF-8）；文件混用了编码"
                + "（如把 GBK 文件中的行粘贴进 UTF-8 文件）：请把整个文件以一种编码重新保存");
        assertThat(lake.current("data_value", "education", 2019).map(ManifestEntry::fileName))
                .isNotEqualTo(java.util.Optional.of("late-gbk-row.csv"));
    }

    /**
     * A GBK export whose first MiB is ASCII only (a DHIS2-style header, rows of codes, then the blank rows Excel kept)
     * with its Chinese, element names and 女, only after it: read as GBK from its first Chinese bytes, not refused
     * as a file that mixes encodings.
     */
    @Test
    void aGbkFileWhoseFirstMibIsAsciiLoadsWithTheChineseAfterIt() throws Exception {
        byte[] head = ("orgUnit,period,dataElement,sex,value\r\n450202,2019,live_births,,2150\r\n"
                + "450202,2019,employed_persons,,150320\r\n" + ",,,,\r\n".repeat(180_000))
                .getBytes(StandardCharsets.US_ASCII);
        assertThat(head.length).isGreaterThan(1 << 20);
        Path file = home.resolve("ascii-first-mib-then-gbk.csv");
        Files.write(file, concat(head, ("450203,2019,就业人员数,,210000\r\n450203,2019,就业人员数,女,104830\r\n"
                + "450204,2019,活产数,,1234\r\n").getBytes("GBK")));

        IngestOutcome outcome = ingest.ingest(file, "data-values-long", 2019, null);

        assertThat(outcome.problems()).isEmpty();
        assertThat(List.of(outcome.status(), outcome.rowsRead(), outcome.recordsWritten()))
                .containsExactly(IngestOutcome.Status.LOADED, 5L, 5L);
        assertThat(stored("data-values-long", 2019, new CorpusCase.Value("450203", "employed_persons", "F", null,
                null))).containsExactly("104830.0", null);
        assertThat(stored("data-values-long", 2019, new CorpusCase.Value("450204", "live_births", null, null,
                null))).containsExactly("1234.0", null);
        assertThat(stored("data-values-long", 2019, new CorpusCase.Value("450202", "employed_persons", null, null,
                null))).containsExactly("150320.0", null);
    }

    /** A long file in one encoding loads whole: characters cut by the reader's buffer boundaries are joined. */
    @Test
    void aLongFileInOneEncodingLoadsWhole() throws IOException {
        Path file = home.resolve("long-utf8.csv");
        Files.writeString(file, EDUCATION_HEADER + "\n450202,城中区,2021,5931,2237,2384,2458,6784,6443\n"
                + "注：本表由县区填报，".repeat(100_000) + "\n450204,柳南区,2021,15022,5891,6098,6193,16908,15501\n");
        assertThat(Files.size(file)).isGreaterThan(2L << 20);

        IngestOutcome outcome = ingest.ingest(file, "education", 2021, null);

        assertThat(outcome.problems()).isEmpty();
        assertThat(List.of(outcome.status(), outcome.rowsRead(), outcome.recordsWritten()))
                .containsExactly(IngestOutcome.Status.LOADED, 2L, 12L);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    /**
     * The one stored value of a region and element, with its missing reason, read from the partition's current
     * Parquet file (a superseded one stays in the lake until the next build).
     */
    private List<String> stored(String source, int year, CorpusCase.Value value) throws SQLException {
        Path lake = home.resolve("lake");
        String files = lake.resolve(new org.lianggang.lake.Lake(lake).current("data_value", source, year)
                .orElseThrow().dataFile()).toString();
        try (Connection duckdb = DriverManager.getConnection("jdbc:duckdb:");
             PreparedStatement query = duckdb.prepareStatement("SELECT value, missing_reason FROM read_parquet('"
                     + files + "') WHERE region_code = ? AND element = ? AND sex = ?")) {
            query.setString(1, value.region());
            query.setString(2, value.element());
            query.setString(3, value.sex());
            List<List<String>> rows = new ArrayList<>();
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    rows.add(java.util.Arrays.asList(rs.getString(1), rs.getString(2)));
                }
            }
            assertThat(rows).as("exactly one stored value for " + value).hasSize(1);
            return rows.get(0);
        }
    }
}
