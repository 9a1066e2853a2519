package org.lianggang.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lianggang.catalog.CatalogLoader;

class InboxScannerTest {

    @TempDir
    Path inbox;

    /** Clerks' tools save tables as .txt and .tsv as well as .csv and Excel names; none is left lying unread. */
    @Test
    void theInboxTakesTextAndWorkbookExportsByEveryNameClerksToolsGiveThem() throws IOException {
        Path year = Files.createDirectories(inbox.resolve("education/2019"));
        for (String name : List.of("a.csv", "b.txt", "c.tsv", "d.xlsx", "e.xls", "f.TXT", "g.csv.part", "~$d.xlsx",
                ".hidden.csv", "readme.pdf")) {
            Files.writeString(year.resolve(name), "x");
        }

        List<InboxFile> found = new InboxScanner(new CatalogLoader().load(Path.of("../schemas"))).scan(inbox);

        assertThat(found).map(InboxFile::name).containsExactly("a.csv", "b.txt", "c.tsv", "d.xlsx", "e.xls", "f.TXT");
        assertThat(found).allSatisfy(f -> assertThat(f.problem()).isNull());
    }
}
