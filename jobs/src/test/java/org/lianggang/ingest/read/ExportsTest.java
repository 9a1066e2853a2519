package org.lianggang.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lianggang.catalog.CatalogLoader;
import org.lianggang.catalog.SourceLayout;
import org.lianggang.ingest.read.row.ExportRow;
import org.lianggang.ingest.read.row.TabularFile;

class ExportsTest {

    private static final SourceLayout LAYOUT = new CatalogLoader().load(Path.of("../schemas"))
            .requireSource("education");

    @TempDir
    Path dir;

    /** "BM" is a bitmap's signature and "1" with 0xBE an old Write file's: text that begins so is still text. */
    @Test
    void textThatBeginsLikeAPictureOrAWriteFileIsReadAsText() throws IOException {
        Path bm = Files.writeString(dir.resolve("bm.txt"), "BMI\tcode\r\n21.5\t450202\r\n");
        Path write = Files.write(dir.resolve("quarter.csv"), "1居民户数,2019\r\n".getBytes(Charset.forName("GBK")));

        assertThat(rows(bm)).containsExactly(List.of("BMI", "code"), List.of("21.5", "450202"));
        assertThat(rows(write)).containsExactly(List.of("1居民户数", "2019"));
    }

    private static List<List<String>> rows(Path file) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (TabularFile export = Exports.open(file, LAYOUT, null)) {
            for (Iterator<ExportRow> it = export.rows(); it.hasNext(); ) {
                rows.add(it.next().cells());
            }
        }
        return rows;
    }
}
