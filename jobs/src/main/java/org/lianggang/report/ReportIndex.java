package org.lianggang.report;

import static java.nio.file.LinkOption.NOFOLLOW_LINKS;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.lianggang.ClassPathText;

/**
 * {@code reports/index.html}: every published year, newest first, with links to its web page, workbook and Word
 * report and the time it was published. Rewritten after each publication (under the run lock), into a temporary
 * file renamed over the old one, so a reader never sees half a page.
 */
final class ReportIndex {

    static final String FILE = "index.html";
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private ReportIndex() {
    }

    static void write(Path reports, String regionName) throws IOException {
        String rows = String.join("\n", publishedYears(reports).stream().map(y -> row(reports, y)).toList());
        String title = regionName + " 两纲监测统计报告 · 历年";
        String page = HtmlText.fill(ClassPathText.read("report/html/years.html"), Map.of(
                "title", HtmlText.escape(title),
                "rows", rows,
                "generated", HtmlText.escape(ZonedDateTime.now().format(TIME))));
        Path temporary = reports.resolve(".index-" + System.nanoTime() + ".tmp");
        Files.writeString(temporary, page, StandardCharsets.UTF_8);
        Files.move(temporary, reports.resolve(FILE), StandardCopyOption.ATOMIC_MOVE,
                StandardCopyOption.REPLACE_EXISTING);
    }

    /** The years published as sets (a link named by the year), newest first. */
    private static List<String> publishedYears(Path reports) throws IOException {
        try (Stream<Path> entries = Files.list(reports)) {
            return entries.filter(e -> YEAR.matcher(e.getFileName().toString()).matches())
                    .filter(Files::isDirectory).map(e -> e.getFileName().toString())
                    .sorted(Comparator.reverseOrder()).toList();
        }
    }

    private static String row(Path reports, String year) {
        StringBuilder links = new StringBuilder();
        link(links, reports, year, "index.html", "网页");
        link(links, reports, year, "report-" + year + ".docx", "Word 报告");
        link(links, reports, year, "report-" + year + ".xlsx", "Excel 报表");
        return "<tr><td>" + year + "年</td><td>" + links + "</td><td>" + published(reports.resolve(year))
                + "</td></tr>";
    }

    private static void link(StringBuilder links, Path reports, String year, String file, String label) {
        if (Files.isRegularFile(reports.resolve(year).resolve(file))) {
            links.append("<a href=\"").append(year).append('/').append(HtmlText.escape(file)).append("\">")
                    .append(label).append("</a>");
        }
    }

    /** When the year's set was swapped in: the modification time of its link. */
    private static String published(Path link) {
        try {
            return HtmlText.escape(ZonedDateTime.ofInstant(Files.getLastModifiedTime(link, NOFOLLOW_LINKS).toInstant(),
                    ZoneId.systemDefault()).format(TIME));
        } catch (IOException e) {
            return "—";
        }
    }
}
