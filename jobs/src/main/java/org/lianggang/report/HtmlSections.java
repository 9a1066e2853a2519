package org.lianggang.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The parts of the HTML page written as markup rather than drawn: the summary cards, the unmet list, the indicators
 * without data (取数困难 / 未填报 / 基期无数据), the note on regions the map leaves out and, in a stage year, the
 * 中期评估 / 终期评估 section.
 */
final class HtmlSections {

    /** The country: its map would have to be the standard map of China, which no registry package holds. */
    private static final String COUNTRY = "100000";

    private HtmlSections() {
    }

    static String cards(List<Map<String, Object>> plans) {
        if (plans.isEmpty()) {
            return "<p class=\"empty\">本年度无汇总数据 · no summary for this year</p>";
        }
        StringBuilder html = new StringBuilder();
        for (Map<String, Object> plan : plans) {
            html.append("<article class=\"card\" data-plan=\"").append(HtmlText.escape(plan.get("plan_code")))
                    .append("\">\n<h3>").append(HtmlText.escape(plan.get("short_name"))).append("</h3>\n")
                    .append("<p class=\"rate\">").append(HtmlText.escape(plan.get("met_rate")))
                    .append("<small>%</small></p>\n<p class=\"label\">总体达标率</p>\n<ul>")
                    .append(item("指标", plan.get("indicators"), ""))
                    .append(item("达标", plan.get("met"), "met"))
                    .append(item("未达标", plan.get("unmet"), "unmet"))
                    .append(item("无数据", plan.get("no_data"), "no-data"))
                    .append("</ul>\n<p class=\"split\">量化 ").append(HtmlText.escape(plan.get("quantitative_met")))
                    .append('/').append(HtmlText.escape(plan.get("quantitative"))).append(" (")
                    .append(HtmlText.escape(plan.get("quantitative_met_rate"))).append("%) · 非量化 ")
                    .append(HtmlText.escape(plan.get("qualitative_met"))).append('/')
                    .append(HtmlText.escape(plan.get("qualitative"))).append(" (")
                    .append(HtmlText.escape(plan.get("qualitative_met_rate"))).append("%)</p>\n</article>\n");
        }
        return html.toString();
    }

    /** The value flags' legend (the warehouse's report_flag_legend says the same, and the workbook prints it). */
    static final String FLAG_LEGEND = "标记：p 暂定数（当年应报的部门报表尚未收齐）；r 修订数（与上一次发布的版本相比已修订，"
            + "见“本版与上一版相比的变化”）；E 慎用（比率的分母过小）。";

    static String unmet(List<Map<String, Object>> rows) {
        if (rows.isEmpty()) {
            return "<p class=\"empty\">无未达标指标 · every indicator met or without data</p>";
        }
        StringBuilder html = new StringBuilder("<table class=\"unmet\">\n<thead><tr><th>规划</th><th>领域</th>"
                + "<th>代码</th><th>指标</th><th>本年值</th><th>标记</th><th>单位</th><th>目标</th><th>目标来源</th>"
                + "<th>责任单位</th></tr></thead>\n<tbody>\n");
        for (Map<String, Object> row : rows) {
            html.append("<tr>");
            for (String column : List.of("short_name", "domain_name", "indicator_code", "indicator_name", "value",
                    "flags", "unit", "target_text", "target_source", "departments")) {
                html.append("<td>").append(HtmlText.escape(row.get(column))).append("</td>");
            }
            html.append("</tr>\n");
        }
        html.append("</tbody>\n</table>");
        if (rows.stream().anyMatch(row -> Boolean.TRUE.equals(row.get("unverified")))) {
            html.append("\n<p class=\"note\">※ 目标未经核实：现有资料未能证实该目标值，引用前请对照规划原文核对。"
                    + "目标来源：该目标由国家纲要、自治区规划或本市规划规定。</p>");
        }
        if (rows.stream().anyMatch(row -> row.get("flags") != null)) {
            html.append("\n<p class=\"note\">").append(HtmlText.escape(FLAG_LEGEND)).append("</p>");
        }
        return html.toString();
    }

    /**
     * 本版与上一版相比的变化: the report region's figures (and those of the regions directly below) that differ from the
     * year's latest published vintage, old and new (all of them: the workbook's sheet); nothing when none changed.
     */
    static String revisions(List<Map<String, Object>> rows) {
        if (rows.isEmpty()) {
            return "";
        }
        StringBuilder html = new StringBuilder("<section id=\"revisions\">\n<h2>本版与上一版相比的变化 · Revised since"
                + " the last published vintage</h2>\n<table class=\"unmet\">\n<thead><tr><th>规划</th><th>地区</th>"
                + "<th>代码</th><th>指标</th><th>单位</th><th>原值</th><th>新值</th><th>原达标情况</th><th>新达标情况</th>"
                + "</tr></thead>\n<tbody>\n");
        for (Map<String, Object> row : rows) {
            html.append("<tr>");
            for (String column : List.of("short_name", "region_name", "indicator_code", "indicator_name", "unit",
                    "old_value", "new_value", "old_status", "new_status")) {
                html.append("<td>").append(HtmlText.escape(row.get(column))).append("</td>");
            }
            html.append("</tr>\n");
        }
        return html.append("</tbody>\n</table>\n<p class=\"note\">与第").append(HtmlText.escape(
                rows.get(0).get("compared_with"))).append("版相比；这些数值在本报告各表中标记为 r（修订数）。</p>\n"
                + "</section>").toString();
    }

    /**
     * The indicators without data and why (取数困难: no layout carries them; 未填报: no value came; 基期无数据: a value,
     * but no baseline for a target stated against it), placed before the unmet list; nothing where every indicator
     * has data.
     */
    static String noData(List<Map<String, Object>> rows) {
        if (rows.isEmpty()) {
            return "";
        }
        StringBuilder html = new StringBuilder("<section id=\"no-data\">\n<h2>无数据指标 · Indicators without data"
                + "</h2>\n<table class=\"no-data\">\n<thead><tr><th>规划</th><th>领域</th><th>代码</th><th>指标</th>"
                + "<th>原因</th><th>责任单位</th></tr></thead>\n<tbody>\n");
        for (Map<String, Object> row : rows) {
            html.append("<tr data-reason=\"").append(HtmlText.escape(row.get("reason_code"))).append("\">");
            for (String column : List.of("short_name", "domain_name", "indicator_code", "indicator_name", "reason",
                    "departments")) {
                html.append("<td>").append(HtmlText.escape(row.get(column))).append("</td>");
            }
            html.append("</tr>\n");
        }
        return html.append("</tbody>\n</table>\n</section>").toString();
    }

    /**
     * The 中期评估 / 终期评估 section: per plan and stage, its indicators and how many have each status; nothing at all
     * in a year that is no stage year (no rows).
     */
    static String evaluation(List<Map<String, Object>> rows) {
        if (rows.isEmpty()) {
            return "";
        }
        Map<String, List<Map<String, Object>>> byPlanStage = new LinkedHashMap<>();
        for (Map<String, Object> row : rows) {
            byPlanStage.computeIfAbsent(row.get("plan_code") + "|" + row.get("stage_name"), k -> new ArrayList<>())
                    .add(row);
        }
        String heading = rows.get(0).get("stage_name").toString();
        StringBuilder html = new StringBuilder("<section id=\"evaluation\">\n<h2>").append(HtmlText.escape(heading))
                .append(" · Stage evaluation</h2>\n<table class=\"evaluation\">\n<thead><tr><th>规划</th><th>评估</th>"
                        + "<th>指标数</th><th>评估结果</th></tr></thead>\n<tbody>\n");
        for (List<Map<String, Object>> group : byPlanStage.values()) {
            Map<String, Object> first = group.get(0);
            html.append("<tr data-plan=\"").append(HtmlText.escape(first.get("plan_code"))).append("\"><td>")
                    .append(HtmlText.escape(first.get("short_name"))).append("</td><td>")
                    .append(HtmlText.escape(first.get("stage_name"))).append("</td><td>")
                    .append(HtmlText.escape(first.get("indicators"))).append("</td><td><ul>");
            for (Map<String, Object> status : group) {
                html.append(item(HtmlText.escape(status.get("status")), status.get("indicators_with_status"),
                        status.get("status_code").toString().replace('_', '-')));
            }
            html.append("</ul></td></tr>\n");
        }
        return html.append("</tbody>\n</table>\n</section>").toString();
    }

    /**
     * The note under the map: which regions of the bars it leaves out because no boundary is bundled for them (a
     * zone such as 柳东新区), or that no map is drawn at all; nothing where every region is on the map.
     */
    static String mapNote(List<Map<String, Object>> regions, RegionMap map) {
        if (regions.isEmpty()) {
            return "<p class=\"empty\">本级以下无地区数据，未绘制地图。</p>";
        }
        if (!map.drawn() && COUNTRY.equals(map.parent())) {
            return "<p class=\"note\" id=\"map-note\">全国地图须使用含南海诸岛及九段线的标准地图（审图号），本报告未绘制；"
                    + "各省份达标率见上方柱状图。</p>";
        }
        if (!map.drawn()) {
            return "<p class=\"note\" id=\"map-note\">未附下级地区的地图边界（report/geo/" + HtmlText.escape(map.parent())
                    + ".json），未绘制地图；各地区达标率见上方柱状图。</p>";
        }
        Set<String> missing = new LinkedHashSet<>();
        for (Map<String, Object> region : regions) {
            if (!map.codes().contains(region.get("region_code").toString())) {
                missing.add(HtmlText.escape(region.get("region_name")));
            }
        }
        return missing.isEmpty() ? "" : "<p class=\"note\" id=\"map-note\">" + String.join("、", missing)
                + "没有地图边界，地图中未显示；其达标率见上方柱状图。</p>";
    }

    private static String item(String label, Object count, String css) {
        return "<li class=\"" + css + "\"><b>" + HtmlText.escape(count) + "</b>" + label + "</li>";
    }
}
