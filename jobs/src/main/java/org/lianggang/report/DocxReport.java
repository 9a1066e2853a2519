package org.lianggang.report;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Writes {@code report-<year>.docx}, the 监测统计报告 a bureau hands out: per plan its 总体情况 in the seed report's
 * sentence style, the 分领域 table and the 达标率 charts by domain and by region below, a section per domain in the
 * catalog's order with one sentence per quantitative indicator and the qualitative results, then the 未达标 and 无数据
 * indicators with their departments. Every figure and phrase comes from the report tables (report_summary,
 * report_indicator), every sentence from {@link Sentences}, so the document and the workbook never disagree.
 */
final class DocxReport {

    private static final List<String> PARTS = List.of("plans", "domains", "indicators", "html/counties");
    private static final DateTimeFormatter GENERATED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final DocumentParts data;
    private final Sentences sentences;

    DocxReport(Presentation presentation, Sentences sentences) {
        this.data = new DocumentParts(presentation, "report/docx/", PARTS);
        this.sentences = sentences;
    }

    void write(Connection connection, ReportFilter filter, Path file) throws Exception {
        Map<String, List<Map<String, Object>>> parts = data.read(connection, filter);
        try (XWPFDocument document = new XWPFDocument()) {
            DocxPages pages = new DocxPages(document);
            List<Map<String, Object>> plans = parts.get("plans");
            Map<String, Object> head = new LinkedHashMap<>();
            head.put("year", filter.year());
            head.put("region_name", plans.isEmpty() ? Objects.toString(filter.region(), "")
                    : plans.get(0).get("region_name"));
            head.put("generated_at", ZonedDateTime.now().format(GENERATED));
            pages.title(sentences.fill("title", head));
            pages.subtitle(sentences.fill("subtitle", head));
            if (plans.isEmpty()) {
                pages.body(sentences.fill("no_rows", head));
            }
            int number = 0;
            for (Map<String, Object> plan : plans) {
                writePlan(document, pages, ++number, plan, parts);
            }
            if (sentences.has("flag_legend") && parts.get("indicators").stream().anyMatch(i -> i.get("flags") != null)) {
                pages.body(sentences.fill("flag_legend", head));
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                document.write(out);
            }
        }
    }

    private void writePlan(XWPFDocument document, DocxPages pages, int number, Map<String, Object> plan,
                           Map<String, List<Map<String, Object>>> parts) throws Exception {
        Object planCode = plan.get("plan_code");
        List<Map<String, Object>> domains = rowsOf(parts.get("domains"), planCode);
        List<Map<String, Object>> indicators = rowsOf(parts.get("indicators"), planCode);
        pages.heading(number, sentences.fill("plan_heading", plan));
        int section = 0;
        pages.section(++section, sentences.fill("overview_heading", plan));
        pages.body(sentences.fill("plan_overview", plan));
        pages.caption(sentences.fill("domain_table_heading", plan));
        pages.table(List.of("领域", "指标数", "达标", "未达标", "无数据", "达标率（%）"),
                List.of(35, 13, 13, 13, 13, 13), domains.stream()
                .map(d -> List.of(text(d.get("domain_name")), text(d.get("indicators")), text(d.get("met")),
                        text(d.get("unmet")), text(d.get("no_data")), text(d.get("met_rate")))).toList());
        DocxCharts.bars(document, sentences.fill("domain_chart_title", plan),
                domains.stream().map(d -> text(d.get("domain_name"))).toList(),
                domains.stream().map(d -> number(d.get("met_rate"))).toList());
        List<Map<String, Object>> regions = rowsOf(parts.get("counties"), planCode);
        if (!regions.isEmpty()) {
            DocxCharts.bars(document, sentences.fill("region_chart_title", plan),
                    regions.stream().map(r -> text(r.get("region_name"))).toList(),
                    regions.stream().map(r -> number(r.get("met_rate"))).toList());
        }
        for (Map<String, Object> domain : domains) {
            pages.section(++section, text(domain.get("domain_name")));
            pages.body(sentences.fill("domain_overview", domain));
            writeDomain(pages, domain, indicators);
        }
        pages.section(++section, sentences.fill("unmet_heading", plan));
        writeList(pages, indicators.stream().filter(i -> "unmet".equals(i.get("status_code"))).toList(), true, plan);
        pages.section(++section, sentences.fill("no_data_heading", plan));
        writeList(pages, indicators.stream().filter(i -> "no_data".equals(i.get("status_code"))).toList(), false,
                plan);
    }

    private void writeDomain(DocxPages pages, Map<String, Object> domain, List<Map<String, Object>> indicators) {
        List<Map<String, Object>> inDomain = indicators.stream()
                .filter(i -> Objects.equals(i.get("domain_code"), domain.get("domain_code"))).toList();
        for (Map<String, Object> indicator : inDomain) {
            if ("quantitative".equals(indicator.get("kind"))) {
                pages.body(sentences.fill("indicator_" + indicator.get("status_code"), indicator));
            }
        }
        List<Map<String, Object>> qualitative = inDomain.stream()
                .filter(i -> "qualitative".equals(i.get("kind"))).toList();
        if (!qualitative.isEmpty()) {
            StringBuilder paragraph = new StringBuilder(sentences.fill("qualitative_intro", domain));
            qualitative.forEach(i -> paragraph.append(sentences.fill("qualitative_item", i)));
            pages.body(paragraph.toString());
        }
    }

    /** The 未达标 (with value and gap) or 无数据 (with the reason: 取数困难 / 未填报 / 基期无数据) indicators of a plan as a table, or the no_rows sentence. */
    private void writeList(DocxPages pages, List<Map<String, Object>> rows, boolean unmet, Map<String, Object> plan) {
        if (rows.isEmpty()) {
            pages.body(sentences.fill("no_rows", plan));
            return;
        }
        List<List<String>> cells = new ArrayList<>();
        for (Map<String, Object> i : rows) {
            cells.add(unmet
                    ? List.of(text(i.get("domain_name")), text(i.get("indicator_name")), valueWithUnit(i),
                            text(i.get("target_text")), text(i.get("gap_text")), text(i.get("responsible_departments")))
                    : List.of(text(i.get("domain_name")), text(i.get("indicator_name")), text(i.get("target_text")),
                            text(i.get("no_data_reason")), text(i.get("responsible_departments"))));
        }
        if (unmet) {
            pages.table(List.of("领域", "指标", "本年值", "目标", "与目标比较", "责任单位"),
                    List.of(14, 20, 10, 24, 16, 16), cells);
        } else {
            pages.table(List.of("领域", "指标", "目标", "原因", "责任单位"), List.of(16, 28, 30, 10, 16), cells);
        }
    }

    private static List<Map<String, Object>> rowsOf(List<Map<String, Object>> rows, Object planCode) {
        return rows.stream().filter(r -> Objects.equals(r.get("plan_code"), planCode)).toList();
    }

    /** The value as the sentences print it: 9.53/10万, 24.39%. */
    private String valueWithUnit(Map<String, Object> indicator) {
        Object value = indicator.get("value");
        Object flags = indicator.get("flags");
        return (value == null ? "—" : text(value) + sentences.proseUnit(text(indicator.get("unit"))))
                + (flags == null ? "" : " " + flags);
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        return value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString();
    }

    private static Double number(Object value) {
        return value instanceof Number n ? n.doubleValue() : null;
    }
}
