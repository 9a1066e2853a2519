package org.lianggang.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.lianggang.ClassPathText;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes {@code index.html}: one self-contained page that works offline. Summary cards and the unmet list are
 * HTML rendered here (every value escaped); the charts are drawn by Apache ECharts, inlined from its webjar, from the
 * figures embedded as JSON; the map of the regions below draws the boundaries of {@link RegionMap}, embedded too. The
 * page sets {@code data-rendered} once every chart has finished, and collects script
 * errors into {@code data-errors}, so a headless browser can check it. Printed, it fills A4 pages with the report's
 * title, the generation time and the page numbers in the margins, no chart split across a page break.
 */
final class HtmlReport {

    private static final String ECHARTS = "META-INF/resources/webjars/echarts/";
    private static final DateTimeFormatter GENERATED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final DocumentParts data;

    HtmlReport(Presentation presentation) {
        this.data = new DocumentParts(presentation);
    }

    void write(Connection connection, ReportFilter filter, Path file) throws Exception {
        Map<String, List<Map<String, Object>>> parts = data.read(connection, filter);
        List<Map<String, Object>> plans = parts.get("plans");
        RegionMap map = RegionMap.of(parts.get("counties"));
        String region = plans.isEmpty() ? (filter.region() == null ? "" : filter.region())
                : plans.get(0).get("region_name").toString();
        String title = filter.year() + "年 " + region + " 两纲监测统计报告";
        String generated = "生成时间 " + ZonedDateTime.now().format(GENERATED);
        String page = HtmlText.fill(ClassPathText.read("report/html/index.html"), Map.ofEntries(
                Map.entry("title", HtmlText.escape(title)),
                Map.entry("as_of", HtmlText.escape("数据截至" + filter.year() + "年底 · " + generated)),
                Map.entry("page_title", HtmlText.cssString(title)),
                Map.entry("page_generated", HtmlText.cssString(generated)),
                Map.entry("cards", HtmlSections.cards(plans)),
                Map.entry("unmet", HtmlSections.unmet(parts.get("unmet"))),
                Map.entry("evaluation", HtmlSections.evaluation(parts.get("evaluation"))),
                Map.entry("nodata", HtmlSections.noData(parts.get("nodata"))),
                Map.entry("map_note", HtmlSections.mapNote(parts.get("counties"), map)),
                Map.entry("revisions", HtmlSections.revisions(parts.get("revisions"))),
                Map.entry("css", ClassPathText.read("report/html/report.css")),
                Map.entry("data", HtmlText.scriptSafeJson(JsonMapper.builder().build().writeValueAsString(parts))),
                Map.entry("geo", map.drawn() ? HtmlText.scriptSafeJson(map.geoJson()) : "null"),
                Map.entry("echarts", HtmlText.inlineScript(echarts())),
                Map.entry("script", HtmlText.inlineScript(ClassPathText.read("report/html/report.js")))));
        Files.writeString(file, page, StandardCharsets.UTF_8);
    }

    /** echarts.min.js of the webjar on the class path, whatever its version (pinned once in the parent pom). */
    static String echarts() {
        Properties pom = new Properties();
        try (InputStream in = HtmlReport.class.getClassLoader()
                .getResourceAsStream("META-INF/maven/org.webjars/echarts/pom.properties")) {
            if (in == null) {
                throw new IllegalStateException("the echarts webjar is not on the class path");
            }
            pom.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ClassPathText.read(ECHARTS + pom.getProperty("version") + "/echarts.min.js");
    }
}
