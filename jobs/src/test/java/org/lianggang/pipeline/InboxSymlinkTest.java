package org.lianggang.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Source and year folders linked into the inbox (from a share) are loaded like folders of its own, and a link to
 * nothing is reported, never skipped without a word.
 */
class InboxSymlinkTest {

    @TempDir
    Path home;

    @Test
    void linkedSourceAndYearFoldersAreLoadedAndALinkToNothingIsReported() throws Exception {
        Cli.demoInbox(home, 2019);
        Path inbox = home.resolve("inbox");
        Path share = Files.createDirectories(home.resolve("share"));
        Files.move(inbox.resolve("health"), share.resolve("health"));
        Files.createSymbolicLink(inbox.resolve("health"), share.resolve("health"));
        Files.move(inbox.resolve("education/2019"), share.resolve("education-2019"));
        Files.createSymbolicLink(inbox.resolve("education/2019"), share.resolve("education-2019"));
        Path dangling = inbox.resolve("civil-affairs/2019/civil-affairs-2019-更正.csv");
        Files.createSymbolicLink(dangling, share.resolve("moved-away.csv"));

        Cli.Result run = Cli.run(home, "nightly");

        assertThat(run.exitCode()).as(run.out()).isEqualTo(3);
        assertThat(run.out()).contains("nightly：6 个文件：导入 5，未变 0，被拒 1")
                .contains("符号链接指向的文件不存在，已跳过");
        assertThat(Pipeline.count(home, "SELECT count(*) FROM current_load WHERE source IN ('health', 'education')"))
                .isEqualTo(2);
    }
}
