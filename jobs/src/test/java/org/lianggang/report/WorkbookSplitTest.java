package org.lianggang.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lianggang.FileMover;
import org.lianggang.warehouse.Warehouse;

/**
 * A report too large for one workbook is split along the region tree, and no sheet passes the row limit: here 200
 * rows instead of Excel's 1,048,575, on a tree of 49 regions (root, 3 provinces, 9 cities, 36 counties) with 20
 * trend rows each for 2019 (2 indicators × 2010–2019). By hand: all of it is 49 × 20 = 980 trend rows (> 200); the
 * root with its provinces 4 × 20 = 80; a province's subtree 13 × 20 = 260 (> 200), the province with its cities
 * 80; a city with its counties 5 × 20 = 100. So 1 + 3 + 9 = 13 workbooks. Read back with POI.
 */
class WorkbookSplitTest {

    @TempDir
    Path home;

    @BeforeEach
    void warehouse() throws Exception {
        TestWarehouse.create(home, "region-tree-warehouse.sql");
    }

    @Test
    void aReportTooLargeForOneWorkbookIsSplitAlongTheRegionTreeWithinTheRowLimit() throws Exception {
        List<Path> files = writer(200L).write(new ReportFilter(2019, null, null), EnumSet.of(ReportFormat.xlsx),
                home.resolve("out"));

        assertThat(files).hasSize(13);
        Map<String, Map<String, List<String>>> regions = new TreeMap<>();   // file → sheet → region of each row
        for (Path file : files) {
            regions.put(file.getFileName().toString(), sheetRegions(file));
        }
        regions.forEach((file, sheets) -> sheets.forEach((sheet, rows) ->
                assertThat(rows.size()).as(file + " " + sheet).isLessThanOrEqualTo(200)));

        Map<String, List<String>> root = regions.get("report-2019.xlsx");
        assertThat(new TreeSet<>(root.get("趋势表"))).containsExactly("100000", "110000", "120000", "130000");
        assertThat(root.get("趋势表")).hasSize(80);
        assertThat(root.get("指标表")).hasSize(8);
        Map<String, List<String>> province = regions.get("report-2019-regions-120000.xlsx");
        assertThat(new TreeSet<>(province.get("趋势表"))).containsExactly("120000", "120100", "120200", "120300");
        Map<String, List<String>> city = regions.get("report-2019-regions-120300.xlsx");
        assertThat(new TreeSet<>(city.get("趋势表")))
                .containsExactly("120300", "120301", "120302", "120303", "120304");
        assertThat(city.get("趋势表")).hasSize(100);
        assertThat(regions.keySet()).contains("report-2019-regions-110000.xlsx", "report-2019-regions-130300.xlsx")
                .hasSize(13);

        // Every region's 20 trend rows are in a workbook: the root's and each county's in one, a province's and a
        // city's in two (its parent's workbook and its own).
        Map<String, Integer> trendRows = new HashMap<>();
        regions.values().forEach(sheets -> sheets.get("趋势表").forEach(r -> trendRows.merge(r, 1, Integer::sum)));
        assertThat(trendRows).hasSize(49);
        trendRows.forEach((region, rows) -> assertThat(rows).as(region)
                .isEqualTo(region.equals("100000") ? 20 : region.endsWith("00") ? 40 : 20));
        regions.values().forEach(sheets -> assertThat(sheets.get("说明")).hasSize(1));
    }

    @Test
    void aReportWithinTheLimitStaysOneWorkbookWithEveryRegion() throws Exception {
        List<Path> files = writer(null).write(new ReportFilter(2019, null, null), EnumSet.of(ReportFormat.xlsx),
                home.resolve("out"));

        assertThat(files).extracting(f -> f.getFileName().toString()).containsExactly("report-2019.xlsx");
        assertThat(sheetRegions(files.get(0)).get("趋势表")).hasSize(980);
    }

    @Test
    void aRegionAloneIsOneWorkbookWhateverTheLimit() throws Exception {
        List<Path> files = writer(30L).write(new ReportFilter(2019, null, "110000"), EnumSet.of(ReportFormat.xlsx),
                home.resolve("out"));

        assertThat(files).extracting(f -> f.getFileName().toString()).containsExactly("report-2019-110000.xlsx");
        assertThat(sheetRegions(files.get(0)).get("趋势表")).hasSize(20).containsOnly("110000");
    }

    private ReportWriter writer(Long sheetMaxRows) {
        ReportProperties defaults = TestWarehouse.properties();
        ReportProperties properties = new ReportProperties(defaults.countUnits(), defaults.unitColumns(),
                defaults.yearColumns(), defaults.seriesTables(), defaults.stageTables(), sheetMaxRows);
        return new ReportWriter(new Warehouse(home.resolve("warehouse.duckdb"), home), home.resolve("reports"),
                new Presentation(2, RoundingMode.HALF_UP), properties, FileMover.ATOMIC, TestWarehouse.SENTENCES);
    }

    /** Per sheet, the 地区代码 of each data row ("" for a sheet without that column). */
    private static Map<String, List<String>> sheetRegions(Path file) throws Exception {
        Map<String, List<String>> sheets = new TreeMap<>();
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            for (Sheet sheet : workbook) {
                Row header = sheet.getRow(0);
                int column = -1;
                for (int c = 0; c < header.getLastCellNum(); c++) {
                    if (header.getCell(c).getStringCellValue().equals("地区代码")) {
                        column = c;
                    }
                }
                List<String> rows = new ArrayList<>();
                for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                    rows.add(column < 0 ? "" : sheet.getRow(r).getCell(column).getStringCellValue());
                }
                sheets.put(sheet.getSheetName(), rows);
            }
        }
        return sheets;
    }
}
