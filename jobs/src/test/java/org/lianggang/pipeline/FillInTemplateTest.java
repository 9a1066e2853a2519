package org.lianggang.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFDataValidation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lianggang.catalog.Catalog;
import org.lianggang.catalog.CatalogLoader;
import org.lianggang.catalog.DataElement;
import org.lianggang.catalog.SourceLayout;
import org.lianggang.catalog.ValueColumn;
import org.lianggang.ingest.problem.ProblemCode;

/**
 * {@code lianggang template}: every shipped source's form is written; each one the demo has 2019 figures for, filled with the demo's 2019 figures by writing only its
 * white cells (as a clerk would), ingests with no problem line at all and loads exactly those figures; the form's
 * region cells are locked, its cells to fill unlocked and validated, and its 填报说明 explains every element.
 */
class FillInTemplateTest {

    private static final int YEAR = 2019;
    private static final Catalog CATALOG = new CatalogLoader().load(Pipeline.SCHEMAS);
    /** The sources with figures in the demo's 2019 (the 2021–2030 plans' layouts have none before 2020). */
    private static final List<String> DEMO_SOURCES = List.of("health", "education", "civil-affairs", "statistics",
            "assessment", "data-values-long");

    @TempDir
    static Path demo;
    @TempDir
    Path home;
    @TempDir
    Path forms;

    @BeforeAll
    static void demoFigures() throws Exception {
        Cli.demoInbox(demo, YEAR);
        assertThat(Cli.run(demo, "nightly").exitCode()).isZero();
    }

    @Test
    void everyShippedFormFilledWithPlausibleFiguresIngestsCleanAndLoadsExactlyThem() throws Exception {
        Cli.Result written = Cli.run(home, "template", "--year", Integer.toString(YEAR), "--out", forms.toString());
        assertThat(written.exitCode()).isZero();

        for (SourceLayout layout : CATALOG.sources().values()) {
            assertThat(forms.resolve("template-" + layout.id() + "-" + YEAR + ".xlsx")).isNotEmptyFile();
        }
        for (SourceLayout layout : DEMO_SOURCES.stream().map(CATALOG::requireSource).toList()) {
            Path form = forms.resolve("template-" + layout.id() + "-" + YEAR + ".xlsx");
            Path filled = forms.resolve("filled-" + layout.id() + ".xlsx");
            int figures = fill(form, filled, layout);
            assertThat(figures).as(layout.id()).isPositive();

            Cli.Result ingest = Cli.run(home, "ingest", filled.toString(), "--source", layout.id(), "--year",
                    Integer.toString(YEAR));

            assertThat(ingest.exitCode()).as(ingest.out()).isZero();
            assertThat(ingest.out()).contains("LOADED filled-" + layout.id() + ".xlsx").contains("拒绝 0 行");
            for (ProblemCode code : ProblemCode.values()) {
                assertThat(ingest.out()).as(layout.id()).doesNotContain(code.name());
            }
        }
        assertThat(Cli.run(home, "build").exitCode()).isZero();

        for (String source : List.of("health", "education", "civil-affairs", "statistics")) {
            String where = " AND source = '" + source + "'";
            assertThat(Warehouses.difference(home, demo, "fact_data_value",
                    "region_code, element, sex, area, age_group, value", "value IS NOT NULL" + where))
                    .as(source).isZero();
        }
        assertThat(Warehouses.difference(home, demo, "fact_assessment", "region_code, indicator_code, status",
                "region_code NOT IN ('4502X1', '4502X2')")).isZero();
        assertThat(Pipeline.count(home, "SELECT count(DISTINCT region_code) FROM fact_assessment"
                + " WHERE region_code IN ('4502X1', '4502X2') AND status = 'no_data'")).as("the zones' rows").isEqualTo(2);
        assertThat(longFiguresNotInTheDemo()).as("the long form holds only the demo's figures").isZero();
        assertThat(Pipeline.count(home, "SELECT count(*) FROM fact_data_value WHERE source = 'data-values-long'"
                + " AND value IS NOT NULL")).isGreaterThan(500);
    }

    @Test
    void theFormLocksItsRegionCellsValidatesTheCellsToFillAndExplainsEveryElement() throws Exception {
        assertThat(Cli.run(home, "template", "--source", "health", "--year", Integer.toString(YEAR), "--out",
                forms.toString()).exitCode()).isZero();
        SourceLayout health = CATALOG.requireSource("health");

        try (InputStream in = Files.newInputStream(forms.resolve("template-health-2019.xlsx"));
             XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            XSSFSheet form = workbook.getSheetAt(0);
            assertThat(workbook.getActiveSheetIndex()).isZero();
            assertThat(form.getProtect()).as("protected").isTrue();
            Row header = form.getRow(1);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("地区代码");
            assertThat(header.getCell(3).getStringCellValue()).isEqualTo("活产数");
            assertThat(form.getLastRowNum()).as("title, header, 11 regions of 2019 and the 2 zones").isEqualTo(14);
            assertThat(rowOf(form, "4502X1").getCell(1).getStringCellValue()).isEqualTo("柳东新区");
            Row liujiang = rowOf(form, "450206");
            assertThat(liujiang.getCell(1).getStringCellValue()).isEqualTo("柳江区");
            assertThat(rowOf(form, "450221")).as("柳江县 ended in 2016").isNull();
            assertThat(liujiang.getCell(0).getCellStyle().getLocked()).isTrue();
            assertThat(liujiang.getCell(3).getCellStyle().getLocked()).isFalse();

            List<XSSFDataValidation> validations = form.getDataValidations();
            assertThat(validations).hasSize(health.values().size());
            XSSFDataValidation births = validations.stream()
                    .filter(v -> v.getRegions().getCellRangeAddress(0).getFirstColumn() == 3).findFirst()
                    .orElseThrow();
            assertThat(births.getValidationConstraint().getFormula1())
                    .isEqualTo("OR(D3=-2,AND(ISNUMBER(D3),D3>=0,D3<=1E+15,D3=INT(D3)))");
            assertThat(births.getErrorBoxText()).contains("整数").contains("未开展工作填 -2");

            XSSFSheet notes = workbook.getSheet("填报说明");
            String text = sheetText(notes);
            DataElement liveBirths = CATALOG.elements().get("live_births");
            assertThat(text).contains(liveBirths.definition()).contains("卫统42表").contains("-2 表示未开展工作");
            for (ValueColumn column : health.values()) {
                assertThat(text).contains(column.header());
            }
        }
    }

    private long longFiguresNotInTheDemo() throws Exception {
        try (Connection c = Pipeline.warehouse(home); Statement s = c.createStatement()) {
            s.execute("ATTACH '" + demo.resolve("warehouse.duckdb") + "' AS demo (READ_ONLY)");
            String columns = "region_code, element, sex, area, age_group, value";
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM (SELECT " + columns + " FROM fact_data_value"
                    + " WHERE source = 'data-values-long' AND value IS NOT NULL EXCEPT ALL SELECT " + columns
                    + " FROM demo.fact_data_value)")) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** The published workbook explains the elements in the same words as the forms' 填报说明. */
    @Test
    void thePublishedWorkbookHasASheetOfDefinitionsInTheCatalogsWords() throws Exception {
        try (InputStream in = Files.newInputStream(demo.resolve("reports/2019/report-2019.xlsx"));
             XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            XSSFSheet definitions = workbook.getSheet("指标解释");
            assertThat(definitions).isNotNull();
            Row liveBirths = null;
            for (Row row : definitions) {
                if (row.getCell(0) != null && "live_births".equals(row.getCell(0).getStringCellValue())) {
                    liveBirths = row;
                }
            }
            assertThat(liveBirths).isNotNull();
            assertThat(cells(liveBirths)).contains(CATALOG.elements().get("live_births").definition(), "卫统42表",
                    "市卫健委");
        }
    }

    /** Writes the demo's figure (or -2 for 未开展工作) into every white cell of the form; returns how many. */
    private static int fill(Path form, Path filled, SourceLayout layout) throws Exception {
        Map<String, String> values = new HashMap<>();
        for (List<String> row : Pipeline.rows(demo, "SELECT region_code, element, sex, area,"
                + " coalesce(age_group, ''), coalesce(CAST(value AS VARCHAR), missing_reason) FROM fact_data_value")) {
            values.put(String.join("|", row.subList(0, 5)), row.get(5));
        }
        for (List<String> row : Pipeline.rows(demo, "SELECT region_code, indicator_code, status FROM fact_assessment")) {
            values.put(row.get(0) + "|" + row.get(1), row.get(2));
        }
        Map<String, String> reasons = new HashMap<>();
        layout.missingCodes().forEach((code, reason) -> reasons.put(reason, code));
        int count = 0;
        try (InputStream in = Files.newInputStream(form); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            List<String> headers = cells(sheet.getRow(1));
            for (int r = 2; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                for (int c = 0; c < headers.size(); c++) {
                    Cell cell = row.getCell(c);
                    if (cell.getCellStyle().getLocked()) {
                        continue;
                    }
                    String value = values.get(key(layout, headers, cells(row), c));
                    if (value == null && layout.id().equals("assessment") && headers.get(c).equals("达标情况")) {
                        value = "no_data"; // the demo has no figures for the zones (新区), so no assessment either
                    }
                    if (value == null || value.equals("blank")) {
                        continue;
                    }
                    if (reasons.containsKey(value)) {
                        cell.setCellValue(Double.parseDouble(reasons.get(value)));
                    } else if (value.matches("-?[0-9.E]+")) {
                        cell.setCellValue(Double.parseDouble(value));
                    } else {
                        cell.setCellValue(word(layout.statusValues(), value));
                    }
                    count++;
                }
            }
            try (OutputStream out = Files.newOutputStream(filled)) {
                workbook.write(out);
            }
        }
        return count;
    }

    /** The demo lake's key for the cell in column {@code c}: region and element part, or region and indicator. */
    private static String key(SourceLayout layout, List<String> headers, List<String> row, int c) {
        String region = row.get(headers.indexOf("地区代码"));
        if (layout.id().equals("assessment")) {
            return region + "|" + row.get(headers.indexOf("指标代码"));
        }
        if (layout.id().equals("data-values-long")) {
            String name = row.get(headers.indexOf("数据项"));
            String element = CATALOG.elements().values().stream().filter(e -> e.name().equals(name)).findFirst()
                    .orElseThrow().code();
            return String.join("|", region, element, layout.sexValues().get(row.get(headers.indexOf("性别"))),
                    layout.areaValues().get(row.get(headers.indexOf("城乡"))), row.get(headers.indexOf("年龄组")));
        }
        ValueColumn column = layout.values().stream().filter(v -> v.header().equals(headers.get(c))).findFirst()
                .orElseThrow();
        return String.join("|", region, column.element(), column.sex(), column.area(),
                column.ageGroup() == null ? "" : column.ageGroup());
    }

    private static String word(Map<String, String> words, String code) {
        return words.entrySet().stream().filter(e -> e.getValue().equals(code)).map(Map.Entry::getKey).findFirst()
                .orElseThrow();
    }

    private static Row rowOf(XSSFSheet sheet, String code) {
        for (Row row : sheet) {
            if (row.getCell(0) != null && code.equals(new DataFormatter().formatCellValue(row.getCell(0)))) {
                return row;
            }
        }
        return null;
    }

    private static List<String> cells(Row row) {
        DataFormatter formatter = new DataFormatter();
        String[] cells = new String[row.getLastCellNum()];
        for (int c = 0; c < cells.length; c++) {
            cells[c] = row.getCell(c) == null ? "" : formatter.formatCellValue(row.getCell(c));
        }
        return Arrays.asList(cells);
    }

    private static String sheetText(XSSFSheet sheet) {
        StringBuilder text = new StringBuilder();
        for (Row row : sheet) {
            text.append(String.join(" ", cells(row))).append('\n');
        }
        return text.toString();
    }
}
