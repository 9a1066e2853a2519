package org.lianggang.pipeline;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the workbook files of the ingest corpus (src/test/resources/corpus), which are committed as they were
 * written; rerun after changing one: {@code java -cp <test classpath> org.lianggang.pipeline.CorpusWorkbooks DIR}.
 * Each is shaped like a real department workbook: title rows, merged two-row headers, numbers typed as text.
 */
final class CorpusWorkbooks {

    private static final List<String> HEALTH_HEADER = List.of("地区代码", "地区", "年份", "活产数", "产妇数",
            "孕产妇死亡数", "孕产妇系统管理人数", "孕产妇中重度贫血人数", "妇女常见病筛查", "", "婚前医学检查人数", "婴儿死亡数",
            "5岁以下儿童死亡数", "新生儿破伤风发病数", "18岁以下儿童伤害死亡数", "免疫规划疫苗应种人次", "免疫规划疫苗实种人次",
            "低出生体重儿数", "新生儿访视人数", "新生儿听力筛查人数", "0-6个月婴儿纯母乳喂养", "", "5岁以下儿童血红蛋白检测人数",
            "5岁以下儿童贫血患病人数", "5岁以下儿童身高体重检查人数", "5岁以下儿童生长迟缓人数", "5岁以下儿童低体重人数",
            "3岁以下儿童数", "3岁以下儿童系统管理人数", "7岁以下儿童数", "7岁以下儿童健康管理人数");
    /** The lower header row: the cells under the two groups; blank under the vertically merged headers. */
    private static final int SCREENING = 8;
    private static final int BREASTFEEDING = 20;
    private static final List<List<String>> HEALTH_ROWS = List.of(
            List.of("450202", "城中区", "2019", "2150", "2036", "0", "1937", "88", "21827", "19577", "2406", "9", "12",
                    "0", "9", "22550", "21886", "71", "1998", "1961", "892", "595", "6441", "364", "9240", "252",
                    "169", "6235", "5714", "14137", "13111"),
            List.of("450203", "鱼峰区", "2019", "4948", "4753", "0", "4693", "218", "47944", "42586", "5250", "20",
                    "28", "0", "20", "51698", "51040", "161", "4676", "4498", "2053", "1364", "15023", "841", "20561",
                    "598", "385", "13900", "12358", "33179", "31189"));
    private static final List<String> EDUCATION_HEADER = List.of("地区代码", "地区", "年份", "在园幼儿数",
            "学前一年在园幼儿数", "初中毕业班学生数", "该届学生入小学一年级时学生数", "高中阶段在校生数", "高等教育在学总规模");
    private static final long[][] EDUCATION_ROWS = {
            {450202, 2019, 5931, 2237, 2384, 2458, 6784, 6443},
            {450203, 2019, 13538, 5219, 4940, 5178, 14378, 13891},
            {450204, 2019, 15022, 5891, 6098, 6193, 16908, 15501}};
    private static final List<String> EDUCATION_NAMES = List.of("城中区", "鱼峰区", "柳南区");

    private CorpusWorkbooks() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        write(dir.resolve("title-rows-two-row-header-2019.xlsx"), healthWithTitleAndTwoRowHeader());
        write(dir.resolve("legacy-xls-numeric-cells.xls"), educationAsNumbers(new HSSFWorkbook(), "Sheet1")
                .getWorkbook());
        Workbook named = new XSSFWorkbook();
        Sheet notes = named.createSheet("填报说明");
        text(notes.createRow(0), "本表由各县区教育局于次年1月15日前报送");
        text(notes.createRow(1), "数据口径：学年初统计");
        educationAsNumbers(named, "县区汇总");
        named.createSheet("Sheet3");
        write(dir.resolve("named-sheet-among-others.xlsx"), named);
        write(dir.resolve("hidden-sheet-row-and-column.xlsx"), hiddenSheetRowAndColumn(new XSSFWorkbook()));
        write(dir.resolve("hidden-sheet-row-and-column.xls"), hiddenSheetRowAndColumn(new HSSFWorkbook()));
        write(dir.resolve("formula-total-without-result.xlsx"), sumFormulaTotal(new XSSFWorkbook()));
        write(dir.resolve("formula-total-not-calculated.xls"), sumFormulaTotal(new HSSFWorkbook()));
        write(dir.resolve("merged-year-and-regions-long.xlsx"), mergedYearAndRegionsLong(new XSSFWorkbook()));
        write(dir.resolve("merged-year-and-regions-long.xls"), mergedYearAndRegionsLong(new HSSFWorkbook()));
        Workbook hiddenRequired = new XSSFWorkbook();
        educationAsNumbers(hiddenRequired, "Sheet1").setColumnHidden(EDUCATION_HEADER.indexOf("高中阶段在校生数"), true);
        write(dir.resolve("hidden-required-column.xlsx"), hiddenRequired);
        write(dir.resolve("figure-under-blank-header-between-columns.xlsx"), figureUnderBlankHeader());
    }

    /**
     * Under a title row, the education header with a blank header cell inserted after 在园幼儿数 (a corrected column
     * whose header was cleared), holding figures in the first and third rows: nothing says what they are.
     */
    private static Workbook figureUnderBlankHeader() {
        Workbook workbook = new XSSFWorkbook();
        Sheet sheet = workbook.createSheet("Sheet1");
        text(sheet.createRow(0), "2019年教育事业统计表");
        List<String> header = new java.util.ArrayList<>(EDUCATION_HEADER);
        header.add(4, "");
        text(sheet.createRow(1), header.toArray(String[]::new));
        long[] unnamed = {5980, 0, 15100};
        for (int r = 0; r < EDUCATION_ROWS.length; r++) {
            Row row = sheet.createRow(r + 2);
            long[] figures = EDUCATION_ROWS[r];
            row.createCell(0).setCellValue(figures[0]);
            row.createCell(1).setCellValue(EDUCATION_NAMES.get(r));
            for (int c = 1; c < figures.length; c++) {
                row.createCell(c < 3 ? c + 1 : c + 2).setCellValue(figures[c]);
            }
            if (unnamed[r] > 0) {
                row.createCell(4).setCellValue(unnamed[r]);
            }
        }
        return workbook;
    }

    /**
     * Last year's sheet kept first and hidden, this year's active; on it, a hidden column C with an older 在园幼儿数
     * beside the current one, and a hidden row with last year's 城中区 figures. No year column: only the sheet tells.
     */
    private static Workbook hiddenSheetRowAndColumn(Workbook workbook) {
        List<String> header = new java.util.ArrayList<>(EDUCATION_HEADER);
        header.remove("年份");
        Sheet old = workbook.createSheet("2018年");
        text(old.createRow(0), header.toArray(String[]::new));
        for (int r = 0; r < EDUCATION_ROWS.length; r++) {
            educationFigures(old.createRow(r + 1), 0, r, -200);
        }
        Sheet current = workbook.createSheet("2019年");
        header.add(2, "在园幼儿数");
        text(current.createRow(0), header.toArray(String[]::new));
        int next = 1;
        for (int r = 0; r < EDUCATION_ROWS.length; r++) {
            Row row = current.createRow(next++);
            educationFigures(row, 1, r, 0);
            row.createCell(2).setCellValue(EDUCATION_ROWS[r][2] - 100);
            if (r == 0) {
                Row setAside = current.createRow(next++);
                educationFigures(setAside, 1, r, -200);
                setAside.createCell(2).setCellValue(EDUCATION_ROWS[r][2] - 300);
                setAside.setZeroHeight(true);
            }
        }
        current.setColumnHidden(2, true);
        workbook.setSheetHidden(0, true);
        workbook.setActiveSheet(1);
        workbook.setSelectedTab(1);
        return workbook;
    }

    /** The education figures with a year column and a 合计 row of SUM formulas, written without calculating them. */
    private static Workbook sumFormulaTotal(Workbook workbook) {
        Sheet sheet = educationAsNumbers(workbook, "Sheet1");
        Row total = sheet.createRow(EDUCATION_ROWS.length + 1);
        total.createCell(1).setCellValue("合计");
        for (int c = 3; c < EDUCATION_HEADER.size(); c++) {
            String column = org.apache.poi.ss.util.CellReference.convertNumToColString(c);
            total.createCell(c).setCellFormula("SUM(" + column + "2:" + column + (EDUCATION_ROWS.length + 1) + ")");
        }
        return workbook;
    }

    /** A long file as a county clerk lays it out: the year merged down all rows, each county over its rows. */
    private static Workbook mergedYearAndRegionsLong(Workbook workbook) {
        Sheet sheet = workbook.createSheet("长表");
        text(sheet.createRow(0), "地区代码", "地区", "年份", "数据项", "性别", "城乡", "年龄组", "数值");
        String[][] counties = {{"450202", "城中区", "2150", "1937"}, {"450203", "鱼峰区", "4948", "4693"}};
        int r = 1;
        for (String[] county : counties) {
            Row first = sheet.createRow(r);
            text(first, county[0], county[1], "", "live_births");
            first.createCell(7).setCellValue(Long.parseLong(county[2]));
            Row second = sheet.createRow(r + 1);
            text(second, "", "", "", "孕产妇系统管理人数");
            second.createCell(7).setCellValue(Long.parseLong(county[3]));
            sheet.addMergedRegion(new CellRangeAddress(r, r + 1, 0, 0));
            sheet.addMergedRegion(new CellRangeAddress(r, r + 1, 1, 1));
            r += 2;
        }
        sheet.getRow(1).createCell(2).setCellValue(2019);
        sheet.addMergedRegion(new CellRangeAddress(1, r - 1, 2, 2));
        return workbook;
    }

    /** One county's education figures from the given column on, each changed by delta (another year's). */
    private static void educationFigures(Row row, int firstColumn, int county, long delta) {
        long[] figures = EDUCATION_ROWS[county];
        row.createCell(0).setCellValue(Long.toString(figures[0]));
        row.createCell(1).setCellValue(EDUCATION_NAMES.get(county));
        for (int c = 2; c < figures.length; c++) {
            row.createCell(c + firstColumn).setCellValue(figures[c] + delta);
        }
    }

    /** 卫统 style: two title rows, a header over two rows with two merged groups, figures typed as text, 合计, 填表人. */
    private static Workbook healthWithTitleAndTwoRowHeader() {
        Workbook workbook = new XSSFWorkbook();
        Sheet sheet = workbook.createSheet("妇幼卫生年报");
        int last = HEALTH_HEADER.size() - 1;
        text(sheet.createRow(0), "2019年妇幼卫生年报（县区汇总）");
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, last));
        Row unit = sheet.createRow(1);
        text(unit, "填报单位：柳州市卫生健康委员会");
        unit.createCell(last).setCellValue("单位：人");
        text(sheet.createRow(2), HEALTH_HEADER.toArray(String[]::new));
        Row lower = sheet.createRow(3);
        lower.createCell(SCREENING).setCellValue("应查人数");
        lower.createCell(SCREENING + 1).setCellValue("实查人数");
        lower.createCell(BREASTFEEDING).setCellValue("调查人数");
        lower.createCell(BREASTFEEDING + 1).setCellValue("纯母乳喂养人数");
        for (int c = 0; c <= last; c++) {
            if (c != SCREENING && c != SCREENING + 1 && c != BREASTFEEDING && c != BREASTFEEDING + 1) {
                sheet.addMergedRegion(new CellRangeAddress(2, 3, c, c));
            }
        }
        sheet.addMergedRegion(new CellRangeAddress(2, 2, SCREENING, SCREENING + 1));
        sheet.addMergedRegion(new CellRangeAddress(2, 2, BREASTFEEDING, BREASTFEEDING + 1));
        for (int r = 0; r < HEALTH_ROWS.size(); r++) {
            text(sheet.createRow(4 + r), HEALTH_ROWS.get(r).toArray(String[]::new));
        }
        Row total = sheet.createRow(4 + HEALTH_ROWS.size());
        total.createCell(1).setCellValue("合计");
        for (int c = 3; c <= last; c++) {
            final int column = c;
            total.createCell(c).setCellValue(HEALTH_ROWS.stream().mapToLong(r -> Long.parseLong(r.get(column))).sum());
        }
        text(sheet.createRow(6 + HEALTH_ROWS.size()), "填表人：韦秀兰　　审核人：覃明　　填报日期：2019年10月20日");
        return workbook;
    }

    /** The education figures as numeric cells, region codes and years included, under a plain header. */
    private static Sheet educationAsNumbers(Workbook workbook, String sheetName) {
        Sheet sheet = workbook.createSheet(sheetName);
        text(sheet.createRow(0), EDUCATION_HEADER.toArray(String[]::new));
        for (int r = 0; r < EDUCATION_ROWS.length; r++) {
            Row row = sheet.createRow(r + 1);
            long[] figures = EDUCATION_ROWS[r];
            row.createCell(0).setCellValue(figures[0]);
            row.createCell(1).setCellValue(EDUCATION_NAMES.get(r));
            for (int c = 1; c < figures.length; c++) {
                row.createCell(c + 1).setCellValue(figures[c]);
            }
        }
        return sheet;
    }

    private static void text(Row row, String... cells) {
        for (int c = 0; c < cells.length; c++) {
            if (!cells[c].isEmpty()) {
                row.createCell(c).setCellValue(cells[c]);
            }
        }
    }

    private static void write(Path file, Workbook workbook) throws IOException {
        try (workbook; OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        }
    }
}
