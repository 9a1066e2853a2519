package org.lianggang.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Merged cells carry a label (a year, a county) to every cell they cover, but a figure merged over two counties'
 * rows cannot be assigned to either: carrying it would count it twice. That file is refused, naming the cell; a
 * note row merged across the table and a header merged over its columns are not figures and load as before.
 */
class MergedFigureTest {

    private static final List<String> HEADER = List.of("地区代码", "地区", "年份", "在园幼儿数", "学前一年在园幼儿数",
            "初中毕业班学生数", "该届学生入小学一年级时学生数", "高中阶段在校生数", "高等教育在学总规模");

    @TempDir
    Path home;

    @Test
    void aFigureMergedOverTwoCountiesIsRefusedNamingTheCell() throws Exception {
        Path file = workbook("merged-figure.xlsx", sheet -> sheet.addMergedRegion(CellRangeAddress.valueOf("D3:D4")));
        Cli.Result result = Cli.run(home, "ingest", file.toString(), "--source", "education", "--year", "2019");
        assertThat(result.exitCode()).as(result.out()).isEqualTo(3);
        assertThat(result.out()).contains("merged-figure.xlsx:3:在园幼儿数（D列）: MERGED_FIGURE 合并单元格 D3:D4 跨越 2 格")
                .contains("[5931]");
    }

    @Test
    void aMergedNoteRowAndAMergedLabelStillLoad() throws Exception {
        Path file = workbook("merged-note.xlsx", sheet -> {
            sheet.addMergedRegion(CellRangeAddress.valueOf("C3:C4"));
            sheet.createRow(5).createCell(0).setCellValue("注：本表由市教育局填报");
            sheet.addMergedRegion(CellRangeAddress.valueOf("A6:I6"));
        });
        Cli.Result result = Cli.run(home, "ingest", file.toString(), "--source", "education", "--year", "2019");
        assertThat(result.exitCode()).as(result.out()).isZero();
        assertThat(result.out()).contains("LOADED merged-note.xlsx").contains("读取 2 行，接受 2 行");
    }

    /** 城中区 and 鱼峰区 under a title row; the second county's 在园幼儿数 left blank, as a merge leaves it. */
    private Path workbook(String name, java.util.function.Consumer<Sheet> merge) throws Exception {
        Path file = Files.createDirectories(home.resolve("in")).resolve(name);
        try (Workbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("2019");
            sheet.createRow(0).createCell(0).setCellValue("2019年教育统计");
            Row header = sheet.createRow(1);
            for (int c = 0; c < HEADER.size(); c++) {
                header.createCell(c).setCellValue(HEADER.get(c));
            }
            row(sheet, 2, "450202", "城中区", 5931, 2237, 2384, 2458, 6784, 6443);
            row(sheet, 3, "450203", "鱼峰区", -1, 5219, 4940, 5178, 14378, 13891);
            merge.accept(sheet);
            workbook.write(out);
        }
        return file;
    }

    private static void row(Sheet sheet, int index, String code, String name, double... values) {
        Row row = sheet.createRow(index);
        row.createCell(0).setCellValue(code);
        row.createCell(1).setCellValue(name);
        row.createCell(2).setCellValue(2019);
        for (int v = 0; v < values.length; v++) {
            if (values[v] >= 0) {
                row.createCell(3 + v).setCellValue(values[v]);
            }
        }
    }
}
