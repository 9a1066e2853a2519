package org.lianggang.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file with more than a million bad cells is refused in bounded memory: the real CLI in a child JVM with a 256 MB
 * heap, as an operator's small server has, prints the totals per problem code and the first problems of each, and
 * the rejects CSV holds every rejected row.
 */
class ManyProblemsTest {

    private static final int ROWS = 216_667;
    private static final int VALUE_COLUMNS = 6;

    @TempDir
    Path home;

    @Test
    void aMillionOutOfRangeCellsAreRefusedWithTotalsPerCodeAndEveryRejectedRowKept() throws Exception {
        Path file = home.resolve("education-2019-5e300.csv");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("地区代码,地区,年份,在园幼儿数,学前一年在园幼儿数,初中毕业班学生数,该届学生入小学一年级时学生数,"
                    + "高中阶段在校生数,高等教育在学总规模\n");
            out.write("450202,城中区,2019,5931,2237,2384,2458,6784,6443\n");
            for (int i = 1; i < ROWS; i++) {
                out.write("450203,鱼峰区,2019,5e300,5e300,5e300,5e300,5e300,5e300\n");
            }
        }
        long badCells = (long) (ROWS - 1) * VALUE_COLUMNS;
        assertThat(badCells).isGreaterThan(1_270_000);

        ChildProcess child = ChildProcess.start(home, home.resolve("out/ingest.txt"), List.of("-Xmx256m"),
                "ingest", file.toString(), "--source", "education", "--year", "2019");
        int exit = child.waitFor(Duration.ofSeconds(180));
        String output = child.output();

        assertThat(output).doesNotContain("OutOfMemoryError");
        assertThat(exit).as(output.substring(0, Math.min(output.length(), 3000))).isEqualTo(3);
        assertThat(output).contains("REJECTED education-2019-5e300.csv（来源 education，2019 年）：读取 "
                + ROWS + " 行，接受 1 行，拒绝 " + (ROWS - 1) + " 行，写入 0 个值");
        assertThat(output).contains("education-2019-5e300.csv:0:: OUT_OF_RANGE 共 1,299,996 个此类问题，只列出前 1,000"
                + " 个；被拒的各行及其全部原因写入被拒行文件（试运行不写）");
        assertThat(output).contains("education-2019-5e300.csv:0:: DUPLICATE_REGION 共 216,665 个此类问题");
        assertThat(output.lines().filter(l -> l.contains(": OUT_OF_RANGE 数值超出可保存的范围"))).hasSize(1_000);
        Path rejects = home.resolve("rejects/education/2019/education-2019-5e300.csv.rejects.csv");
        try (Stream<String> lines = Files.lines(rejects)) {
            assertThat(lines.count()).as("the header and every rejected row").isEqualTo(ROWS);
        }
        try (Stream<String> lines = Files.lines(rejects)) {
            assertThat(lines.skip(ROWS - 1).findFirst().orElseThrow()).startsWith(ROWS + 1 + ",450203,鱼峰区,2019,")
                    .contains("DUPLICATE_REGION", "OUT_OF_RANGE 高等教育在学总规模");
        }
    }
}
