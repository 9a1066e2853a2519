package org.lianggang.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code lianggang nightly} and {@code retract} through the real command line: new, unchanged, rejected and
 * misplaced files in one run; a retraction that the warehouse honours and the next nightly does not undo.
 */
class NightlyTest {

    @TempDir
    Path home;

    @Test
    void oneBadFileDoesNotStopTheOthersAndTheExitCodeSaysRejected() throws Exception {
        Cli.demoInbox(home, 2019);
        Path bad = home.resolve("inbox/health/2018/health-2018.csv");
        Files.createDirectories(bad.getParent());
        Files.writeString(bad, "地区代码,地区,年份,活产数\n450299,不存在区,2018,100\n", StandardCharsets.UTF_8);
        Path lost = home.resolve("inbox/no-such-dept/2019/x.csv");
        Files.createDirectories(lost.getParent());
        Files.writeString(lost, "a,b\n1,2\n");

        Cli.Result first = Cli.run(home, "nightly");
        assertThat(first.exitCode()).as(first.out()).isEqualTo(3);
        assertThat(first.out()).contains("REJECTED health-2018.csv").contains("未知的导出格式 'no-such-dept'")
                .contains("nightly：7 个文件：导入 5，未变 0，被拒 2，失败 0，已撤下 0");
        assertThat(Pipeline.count(home, "SELECT count(DISTINCT source) FROM current_load WHERE year = 2019"))
                .isEqualTo(5);

        Files.delete(bad);
        Files.delete(lost);
        Cli.Result second = Cli.run(home, "nightly");
        assertThat(second.exitCode()).as(second.out()).isZero();
        assertThat(second.out()).contains("nightly：5 个文件：导入 0，未变 5，被拒 0，失败 0");
    }

    @Test
    void theEnglishSettingPrintsTheRunInEnglishWithTheSameFiguresAndCodes() throws Exception {
        Cli.demoInbox(home, 2019);
        Path bad = home.resolve("inbox/health/2018/health-2018.csv");
        Files.createDirectories(bad.getParent());
        Files.writeString(bad, "地区代码,地区,年份,活产数\n450299,不存在区,2018,100\n", StandardCharsets.UTF_8);
        try {
            Cli.Result run = Cli.run(java.util.Map.of("lianggang.language", "en"), home, "nightly");
            assertThat(run.exitCode()).as(run.out()).isEqualTo(3);
            assertThat(run.out()).contains("REJECTED health-2018.csv (source health, year 2018): 0 rows read, 0 accepted,"
                            + " 0 rejected, 0 values written")
                    .contains("health-2018.csv:1:产妇数: MISSING_COLUMN required column missing (also accepted: [产妇数(人)])")
                    .contains("nightly: 6 files: 5 loaded, 0 unchanged, 1 rejected, 0 failed, 0 retracted (skipped);"
                            + " build ok;")
                    .doesNotContain("个文件").doesNotContain("缺少必需的列");
        } finally {
            org.lianggang.Messages.use(org.lianggang.Language.zh);
        }
        Cli.Result chinese = Cli.run(home, "nightly");
        assertThat(chinese.out()).as("the next run, without the setting, in Chinese")
                .contains("health-2018.csv:1:产妇数: MISSING_COLUMN 缺少必需的列（也接受：[产妇数(人)]）")
                .contains("nightly：6 个文件：导入 0，未变 5，被拒 1，失败 0");
    }

    @Test
    void retractedPartitionIsAbsentAndStaysOutUntilTheFileIsDroppedAgain() throws Exception {
        Cli.demoInbox(home, 2019);
        assertThat(Cli.run(home, "nightly").exitCode()).isZero();
        long before = Pipeline.count(home, "SELECT count(*) FROM fact_data_value WHERE source = 'health'");
        assertThat(before).isPositive();

        Cli.Result retract = Cli.run(home, "retract", "--source", "health", "--year", "2019");
        assertThat(retract.exitCode()).as(retract.out()).isZero();
        assertThat(retract.out()).contains("已撤下 health-2019.csv");
        assertThat(Pipeline.count(home, "SELECT count(*) FROM fact_data_value WHERE source = 'health'")).isZero();
        assertThat(Pipeline.rows(home, "SELECT action FROM load_manifest WHERE source = 'health' ORDER BY"
                + " committed_at")).extracting(r -> r.get(0)).containsExactly("load", "retract");
        assertThat(Pipeline.count(home, "SELECT count(*) FROM current_load WHERE source = 'health'")).isZero();
        assertThat(home.resolve("lake/data_value/source=health/year=2019")).doesNotExist();

        Cli.Result skipped = Cli.run(home, "nightly");
        assertThat(skipped.exitCode()).as(skipped.out()).isZero();
        assertThat(skipped.out()).contains("RETRACTED").contains("已撤下 1（跳过）");
        assertThat(Pipeline.count(home, "SELECT count(*) FROM fact_data_value WHERE source = 'health'")).isZero();

        Path file = home.resolve("inbox/health/2019/health-2019.csv");
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(1)));
        Cli.Result reloaded = Cli.run(home, "nightly");
        assertThat(reloaded.exitCode()).as(reloaded.out()).isZero();
        assertThat(reloaded.out()).contains("导入 1，未变 4");
        assertThat(Pipeline.count(home, "SELECT count(*) FROM fact_data_value WHERE source = 'health'"))
                .isEqualTo(before);

        assertThat(Cli.run(home, "retract", "--source", "health", "--year", "2018").exitCode()).isEqualTo(2);
    }
}
