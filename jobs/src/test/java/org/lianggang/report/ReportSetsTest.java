package org.lianggang.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lianggang.warehouse.Warehouse;

/**
 * A year's report published as one set: {@code reports/<year>} a link to a hidden set directory, swapped by one
 * rename; the old set, a killed run's leftovers and a plain directory from before are cleaned up, nothing else.
 */
class ReportSetsTest {

    private static final Set<ReportFormat> FORMATS = EnumSet.of(ReportFormat.xlsx, ReportFormat.csv);

    @TempDir
    Path home;
    Path reports;

    @BeforeEach
    void warehouse() throws Exception {
        TestWarehouse.create(home, "commented-warehouse.sql");
        reports = home.resolve("reports");
    }

    @Test
    void yearIsALinkToOneCompleteSetRecordingWhatItWasBuiltFrom() throws Exception {
        ReportWriter writer = TestWarehouse.writer(home, RoundingMode.HALF_UP);
        List<Path> files = writer.writeYear(2019, FORMATS, "health 2019 abc loaded\n");

        assertThat(Files.isSymbolicLink(reports.resolve("2019"))).isTrue();
        assertThat(files).allMatch(Files::isRegularFile).allMatch(f -> f.getParent().equals(reports.resolve("2019")));
        assertThat(writer.builtFrom(2019)).contains("health 2019 abc loaded\n");
        assertThat(writer.builtFrom(2018)).isEmpty();
    }

    @Test
    void theIndexListsEveryPublishedYearNewestFirstWithLinksToItsFiles() throws Exception {
        ReportWriter writer = TestWarehouse.writer(home, RoundingMode.HALF_UP);
        writer.writeYear(2018, EnumSet.of(ReportFormat.xlsx), "a");
        writer.writeYear(2019, EnumSet.of(ReportFormat.xlsx, ReportFormat.csv), "b");

        String index = Files.readString(reports.resolve("index.html"));
        assertThat(index).contains("<title>柳州市 两纲监测统计报告 · 历年</title>");
        assertThat(index.indexOf("<td>2019年</td>")).isPositive().isLessThan(index.indexOf("<td>2018年</td>"));
        assertThat(index).contains("<a href=\"2019/report-2019.xlsx\">Excel 报表</a>",
                "<a href=\"2018/report-2018.xlsx\">").doesNotContain("2018/index.html", "report-2019.docx");
        try (Stream<Path> entries = Files.list(reports)) {
            assertThat(entries.map(e -> e.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    @Test
    void aNewSetReplacesTheOldOneAndLeavesNoOtherSetOrLinkBehind() throws Exception {
        ReportWriter writer = TestWarehouse.writer(home, RoundingMode.HALF_UP);
        Files.createDirectories(reports.resolve("2019"));
        Files.writeString(reports.resolve("2019/report-2019.xlsx"), "a plain directory, from before report sets");
        Files.writeString(reports.resolve(".notes"), "the operator's own hidden file");
        Path killed = Files.createDirectories(reports.resolve(".2019.123"));
        Files.writeString(killed.resolve("index.html"), "half");
        Files.createSymbolicLink(reports.resolve(".2019.123.link"), killed.getFileName());

        writer.writeYear(2019, FORMATS, "one");
        Path first = Files.readSymbolicLink(reports.resolve("2019"));
        writer.writeYear(2019, FORMATS, "two");

        assertThat(writer.builtFrom(2019)).contains("two");
        assertThat(new String(Files.readAllBytes(reports.resolve("2019/report-2019.xlsx")), 0, 2,
                StandardCharsets.US_ASCII)).as("a workbook (zip), not the old file").isEqualTo("PK");
        assertThat(names(reports)).containsExactlyInAnyOrder("2019", ".notes", "index.html",
                Files.readSymbolicLink(reports.resolve("2019")).toString());
        assertThat(Files.readSymbolicLink(reports.resolve("2019"))).isNotEqualTo(first);
    }

    @Test
    void aFailedSwapKeepsThePublishedSetAndLeavesNoNewSet() throws Exception {
        ReportWriter writer = TestWarehouse.writer(home, RoundingMode.HALF_UP);
        writer.writeYear(2019, FORMATS, "one");
        List<String> before = names(reports);
        ReportWriter failing = new ReportWriter(new Warehouse(home.resolve("warehouse.duckdb"), home), reports,
                new Presentation(2, RoundingMode.HALF_UP), TestWarehouse.properties(), (from, to) -> {
                    throw new IOException("read-only file system");
                }, TestWarehouse.SENTENCES);

        assertThatThrownBy(() -> failing.writeYear(2019, FORMATS, "two")).hasMessageContaining("read-only");
        assertThat(writer.builtFrom(2019)).contains("one");
        assertThat(names(reports)).containsExactlyInAnyOrderElementsOf(before);
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.map(p -> p.getFileName().toString()).toList();
        }
    }
}
