package org.lianggang.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Vintages and value flags end to end, with the real jobs on real files: the demo publishes every year (vintage 1),
 * {@code report --year 2019} publishes 2019 again (vintage 2), then the 2019 health export is corrected — 城中区
 * 450202 reports one maternal death (孕产妇死亡数 and 城市孕产妇死亡数 0 → 1) — and goes through the nightly run, which
 * publishes vintage 3. Its list of changes and its r flags name exactly the four figures the correction moves (the
 * hand-computed rates below); vintages 1 and 2 stay as printed, readable from their own files. The demo's home is a
 * copy of the shared one ({@link DemoHome}).
 */
@ExtendWith(DemoHome.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class VintageEndToEndTest {

    @TempDir
    static Path home;

    private static byte[] firstIndicatorCsv;
    private static String firstManifest;

    @BeforeAll
    static void publishCorrectAndPublishAgain(DemoHome.Built demo) throws Exception {
        demo.copyTo(home);
        firstIndicatorCsv = Files.readAllBytes(home.resolve("vintages/2019/v001/files/report_indicator.csv"));
        firstManifest = Files.readString(home.resolve("vintages/2019/v001/vintage.json"));
        assertThat(Pipeline.run(home, "report", "--year", "2019")).isZero();
        Path inbox = home.resolve("inbox/health/2019");
        Path original;
        try (Stream<Path> files = Files.list(inbox)) {
            original = files.findFirst().orElseThrow();
        }
        Path kept = home.resolve(original.getFileName());
        Files.move(original, kept);
        Path step = home.resolve("health-2019-step.csv");
        assertThat(Corrections.write(kept, step, "450202", "孕产妇死亡数", 1)).isEqualTo("1");
        assertThat(Corrections.write(step, inbox.resolve("health-2019（更正）.csv"), "450202", "城市孕产妇死亡数", 1))
                .isEqualTo("1");
        assertThat(Pipeline.run(home, "nightly")).isZero();
    }

    /** 孕产妇死亡率 = deaths / live births × 100000: 城中区 0/2501, urban 0/1400; 柳州市 4/41961, urban 2/23501. */
    @Test
    @Order(1)
    void theSecondPublicationListsExactlyTheCorrectedFiguresOldAndNew() throws Exception {
        assertThat(parquet("vintages/2019/v003/report_revision.parquet", "select region_code, area, indicator_code,"
                + " round(old_value, 9), round(new_value, 9), old_status, new_status, compared_with, revision"
                + " order by region_code, area")).containsExactly(
                List.of("450200", "total", "W1.01", round(4e5 / 41961), round(5e5 / 41961), "达标", "达标", "2",
                        "value"),
                List.of("450200", "urban", "W1.01", round(2e5 / 23501), round(3e5 / 23501), "不设目标", "不设目标",
                        "2", "value"),
                List.of("450202", "total", "W1.01", round(0.0), round(1e5 / 2501), "达标", "未达标", "2",
                        "value_and_status"),
                List.of("450202", "urban", "W1.01", round(0.0), round(1e5 / 1400), "不设目标", "不设目标", "2",
                        "value"));
        assertThat(parquet("vintages/2019/v003/vintage.parquet", "select vintage, compared_with, revisions"))
                .containsExactly(List.of("3", "2", "4"));
        // the flags of vintage 3: r on exactly the four, E beside it on the county's small denominators
        assertThat(parquet("vintages/2019/v003/report_indicator.parquet", "select region_code, area, flags"
                + " where flags like '%r%' order by region_code, area")).containsExactly(
                List.of("450200", "total", "r"), List.of("450200", "urban", "r"),
                List.of("450202", "total", "rE"), List.of("450202", "urban", "rE"));
    }

    @Test
    @Order(2)
    void theRevisedFiguresCarryTheirFlagInEveryOutputWithTheListOfChanges() throws Exception {
        Path reports = home.resolve("reports/2019");
        List<String> indicators = Files.readAllLines(reports.resolve("report_indicator.csv"), StandardCharsets.UTF_8);
        assertThat(indicators.get(0)).endsWith(",数据标记");
        assertThat(indicators).filteredOn(l -> l.contains(",W1.01,孕产妇死亡率,"))
                .anySatisfy(l -> assertThat(l).startsWith("women-2011-2020,2019,450200,柳州市,").endsWith(",r"))
                .anySatisfy(l -> assertThat(l).startsWith("women-2011-2020,2019,450202,城中区,").endsWith(",rE"));
        assertThat(Files.readString(reports.resolve("report_revision.csv"), StandardCharsets.UTF_8))
                .contains("数值由9.53修订为11.92（4/41961 → 5/41961）")
                .contains("数值由0修订为39.98（0/2501 → 1/2501）；达标情况由达标改为未达标");
        assertThat(Files.readString(reports.resolve("report_flag_legend.csv"), StandardCharsets.UTF_8))
                .contains("p,暂定数").contains("r,修订数").contains("E,慎用");
        try (InputStream in = Files.newInputStream(reports.resolve("report-2019.xlsx"));
             XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            assertThat(workbook.getSheet("本版与上一版相比的变化")).isNotNull();
            assertThat(workbook.getSheet("数据标记说明")).isNotNull();
            assertThat(cells(workbook.getSheet("监测统计表"))).contains("rE", "r");
        }
        try (InputStream in = Files.newInputStream(reports.resolve("report-2019.docx"));
             XWPFWordExtractor text = new XWPFWordExtractor(new XWPFDocument(in))) {
            assertThat(text.getText()).contains("孕产妇死亡率为11.92/10万").contains("（标记r）")
                    .contains("注：数值后的标记 p 为暂定数");
        }
        assertThat(Files.readString(reports.resolve("index.html"))).contains("本版与上一版相比的变化")
                .contains("11.92");
        // a preview is no publication: report --out writes the flags but records no vintage
        Path preview = home.resolve("preview");
        assertThat(Pipeline.run(home, "report", "--year", "2019", "--format", "csv", "--out", preview.toString()))
                .isZero();
        assertThat(Files.readString(preview.resolve("report_revision.csv"))).contains("39.98");
        try (Stream<Path> vintages = Files.list(home.resolve("vintages/2019"))) {
            assertThat(vintages.map(p -> p.getFileName().toString()).sorted().toList())
                    .containsExactly("v001", "v002", "v003");
        }
    }

    /**
     * A vintage holds copies, read-only: a spreadsheet program that saves over a published file in place (as Excel and
     * WPS do on 保存) changes the published set, never what the vintage printed.
     */
    @Test
    @Order(3)
    void savingOverAPublishedFileInPlaceLeavesItsVintageAsPrinted() throws Exception {
        Path vintage = home.resolve("vintages/2019/v003");
        try (Stream<Path> files = Files.walk(vintage)) {
            assertThat(files.filter(Files::isRegularFile).toList()).isNotEmpty().allSatisfy(file ->
                    assertThat(Files.getPosixFilePermissions(file)).doesNotContain(PosixFilePermission.OWNER_WRITE,
                            PosixFilePermission.GROUP_WRITE, PosixFilePermission.OTHERS_WRITE));
        }
        Path published = home.resolve("reports/2019/report-2019.xlsx");
        Path printed = vintage.resolve("files/report-2019.xlsx");
        String digest = sha256(printed);
        assertThat(sha256(published)).isEqualTo(digest);
        assertThat(Files.readString(vintage.resolve("vintage.json"))).contains("\"sha256\" : \"" + digest + "\"");
        Files.write(published, "保存在原处".getBytes(StandardCharsets.UTF_8), StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING);
        assertThat(sha256(printed)).isEqualTo(digest);
    }

    /** Last: it rebuilds the warehouse. */
    @Test
    @Order(4)
    void theEarlierVintagesStayAsPrintedAndReadable() throws Exception {
        assertThat(Files.readAllBytes(home.resolve("vintages/2019/v001/files/report_indicator.csv")))
                .isEqualTo(firstIndicatorCsv);
        assertThat(Files.readString(home.resolve("vintages/2019/v001/vintage.json"))).isEqualTo(firstManifest)
                .contains("\"vintage\" : 1").contains("\"file_name\" : \"health-2019.csv\"");
        for (String vintage : List.of("v001", "v002")) {
            assertThat(parquet("vintages/2019/" + vintage + "/report_indicator.parquet", "select region_code, area,"
                    + " value, numerator, denominator, status, flags where indicator_code = 'W1.01'"
                    + " and region_code in ('450200', '450202') and area = 'total' order by region_code"))
                    .containsExactly(List.of("450200", "total", String.valueOf(4e5 / 41961), "4.0", "41961.0", "达标",
                                    "null"),
                            List.of("450202", "total", "0.0", "0.0", "2501.0", "达标", "E"));
            // the seed report's figures, as every vintage of 2019 printed them
            assertThat(parquet("vintages/2019/" + vintage + "/report_summary.parquet", "select plan_code,"
                    + " indicators, met, round(met_rate, 2) where region_code = '450200' and domain_code is null"
                    + " order by plan_code")).containsExactly(List.of("children-2011-2020", "46", "41", "89.13"),
                    List.of("women-2011-2020", "77", "59", "76.62"));
        }
        assertThat(Files.readString(home.resolve("vintages/2019/v003/vintage.json")))
                .contains("\"file_name\" : \"health-2019（更正）.csv\"");
        // after a rebuild the warehouse holds every vintage; the figures now equal vintage 3's, so none is r any more
        assertThat(Pipeline.run(home, "build")).isZero();
        assertThat(Pipeline.rows(home, "SELECT vintage, compared_with, revisions FROM vintage WHERE year = 2019"
                + " ORDER BY vintage")).containsExactly(java.util.Arrays.asList("1", null, "0"), java.util.Arrays.asList("2", null, "0"),
                List.of("3", "2", "4"));
        assertThat(Pipeline.rows(home, "SELECT vintage, round(value, 2), status FROM vintage_indicator"
                + " WHERE year = 2019 AND region_code = '450202' AND indicator_code = 'W1.01' AND area = 'total'"
                + " ORDER BY vintage")).containsExactly(List.of("1", "0.0", "达标"), List.of("2", "0.0", "达标"),
                List.of("3", "39.98", "未达标"));
        assertThat(Pipeline.count(home, "SELECT count(*) FROM report_revision")).isZero();
        assertThat(Pipeline.count(home, "SELECT count(*) FROM report_indicator WHERE flags LIKE '%r%'")).isZero();
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    private static String round(double value) {
        return String.valueOf(Math.round(value * 1e9) / 1e9);
    }

    /** Rows of a vintage's Parquet file, read by DuckDB on its own: {@code select …} without its from, then the rest. */
    private static List<List<String>> parquet(String file, String query) throws Exception {
        int rest = indexOfClause(query);
        String sql = query.substring(0, rest) + " from read_parquet('" + home.resolve(file) + "') "
                + query.substring(rest);
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            List<List<String>> rows = new ArrayList<>();
            while (rs.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    row.add(String.valueOf(rs.getString(i)));
                }
                rows.add(row);
            }
            return rows;
        }
    }

    private static int indexOfClause(String query) {
        int where = query.indexOf(" where ");
        int order = query.indexOf(" order by ");
        return where >= 0 ? where : order >= 0 ? order : query.length();
    }

    private static List<String> cells(Sheet sheet) {
        List<String> cells = new ArrayList<>();
        for (Row row : sheet) {
            for (Cell cell : row) {
                cells.add(cell.toString());
            }
        }
        return cells;
    }
}
