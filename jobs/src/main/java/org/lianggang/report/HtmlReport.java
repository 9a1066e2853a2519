package org.lianggang.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.lianggang.ClassPathText;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes {@code index.html}: one self-contained page that works offline. Summary cards and the unmet list are
 * HTML rendered here (every value escaped); the charts are drawn by Apache ECharts, inlined from its webjar, from the
 * figures embedded as JSON. The page sets {@code data-rendered} once every chart has finished, and collects script
 * errors into {@code data-errors}, so a headless browser can check it.
 */
final class HtmlReport {

    private static final String ECHARTS = "META-INF/resources/webjars/echarts/";

    private final DashboardData data;

    HtmlReport(Presentation presentation) {
        this.data = new DashboardData(presentation);
    }

    void write(Connection connection, ReportFilter filter, Path file) throws Exception {
        Map<String, List<Map<String, Object>>> parts = data.read(connection, filter);
        List<Map<String, Object>> plans = parts.get("plans");
        String region = plans.isEmpty() ? (filter.region() == null ? "" : filter.region())
                : plans.get(0).get("region_name").toString();
        String title = filter.year() + "年 " + region + " 两纲监测统计报告";
        String page = HtmlText.fill(ClassPathText.read("report/html/index.html"), Map.of(
                "title", HtmlText.escape(title),
                "cards", HtmlSections.cards(plans),
                "unmet", HtmlSections.unmet(parts.get("unmet")),
                "evaluation", HtmlSections.evaluation(parts.get("evaluation")),
                "nodata", HtmlSections.noData(parts.get("nodata")),
                "css", ClassPathText.read("report/html/report.css"),
                "data", HtmlText.scriptSafeJson(JsonMapper.builder().build().writeValueAsString(parts)),
                "echarts", HtmlText.inlineScript(echarts()),
                "script", HtmlText.inlineScript(ClassPathText.read("report/html/report.js"))));
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
