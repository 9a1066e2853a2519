package org.lianggang.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A nightly run with nothing new leaves the warehouse in place (no build: the same file, not a new one swapped in)
 * and says so; a changed setting, or a new file in the inbox, builds again, and a changed setting publishes every
 * year again. A publication is an input too (the
 * warehouse lists the vintages): the run after one builds once more, and publishes nothing (no figure changed). The file is told by its identity
 * (device and inode: a build renames a new file over it), never by a clock.
 */
class NoOpNightlyTest {

    @TempDir
    Path home;

    @Test
    void aNightlyWithNothingNewSkipsTheBuildAndAChangeBuildsAgain() throws Exception {
        Cli.demoInbox(home, 2018, 2019);
        Path health2018 = home.resolve("inbox/health/2018/health-2018.csv");
        Path aside = Files.move(health2018, home.resolve("health-2018.csv"));
        Cli.Result first = Cli.run(home, "nightly");
        assertThat(first.exitCode()).as(first.out()).isZero();
        assertThat(Pipeline.count(home, "SELECT count(*) FROM vintage")).as("built before its reports were published")
                .isZero();
        // the first run published 2018 and 2019, each a vintage the warehouse does not list yet: this run builds
        Cli.Result listsTheVintages = Cli.run(home, "nightly");
        assertThat(listsTheVintages.exitCode()).as(listsTheVintages.out()).isZero();
        assertThat(listsTheVintages.out()).contains("构建成功");
        assertThat(Pipeline.count(home, "SELECT count(*) FROM vintage")).isEqualTo(2);
        Object built = fileKey();
        String digest = Pipeline.rows(home, "SELECT inputs_digest FROM build_info").get(0).get(0).toString();
        assertThat(digest).hasSize(64);

        Cli.Result again = Cli.run(home, "nightly");
        assertThat(again.exitCode()).as(again.out()).isZero();
        assertThat(again.out()).contains("构建跳过（无变化）");
        assertThat(fileKey()).as("the warehouse file is the one the first run built").isEqualTo(built);

        String published = Files.readString(home.resolve("reports/2019/.built-from"));
        Cli.Result otherSetting = Cli.run(Map.of("lianggang.rounding.decimals", 1), home, "nightly");
        assertThat(otherSetting.exitCode()).as(otherSetting.out()).isZero();
        assertThat(otherSetting.out()).contains("构建成功");
        Object rebuilt = fileKey();
        assertThat(rebuilt).isNotEqualTo(built);
        assertThat(Pipeline.rows(home, "SELECT inputs_digest FROM build_info").get(0).get(0)).isNotEqualTo(digest);
        // computed with another setting, every year is published again (no new load): 2019 records the new one
        String config = Pipeline.rows(home, "SELECT config_digest FROM build_info").get(0).get(0);
        assertThat(Files.readString(home.resolve("reports/2019/.built-from"))).isNotEqualTo(published)
                .endsWith("config " + config + "\n");

        Files.move(aside, health2018);
        Cli.Result newFile = Cli.run(home, "nightly");
        assertThat(newFile.exitCode()).as(newFile.out()).isZero();
        assertThat(newFile.out()).contains("导入 1，").contains("构建成功");
        assertThat(fileKey()).isNotEqualTo(rebuilt);
        assertThat(Pipeline.count(home, "SELECT count(*) FROM current_load WHERE source = 'health' AND year = 2018"))
                .isEqualTo(1);
    }

    private Object fileKey() throws IOException {
        Object key = Files.readAttributes(home.resolve("warehouse.duckdb"), BasicFileAttributes.class).fileKey();
        assertThat(key).as("this file system names files by identity").isNotNull();
        return key;
    }
}
