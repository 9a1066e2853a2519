package org.lianggang.report;

import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.LinkedHashMap;
import java.util.Map;
import org.lianggang.ClassPathText;
import org.lianggang.catalog.CatalogException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * How the workbook shows what the warehouse keeps as codes ({@code schemas/report/labels.yaml}): a column's codes
 * in Chinese (city → 市级), true and false as 是 and 否, times in the machine's zone instead of UTC, and a plan by its
 * name from {@code dim_plan} ({@code plans:}, e.g. 《柳州市儿童发展规划（2011—2020年）》 for children-2011-2020). The
 * warehouse and the CSV files keep the codes, for analysts' queries.
 */
final class WorkbookLabels {

    private static final String PLAN_TABLE = ClassPathText.read("report/plan-table.sql");
    private static final String PLAN_NAMES = ClassPathText.read("report/plan-names.sql");
    private static final String PLAN_COLUMN = "plan_code";

    private final Map<String, Map<String, String>> columns;
    private final Map<String, String> booleans;
    private final DateTimeFormatter time;
    private final String plans;

    private WorkbookLabels(Map<String, Map<String, String>> columns, Map<String, String> booleans,
                           DateTimeFormatter time, String plans) {
        this.columns = columns;
        this.booleans = booleans;
        this.time = time;
        this.plans = plans;
    }

    /** Reads the file; a mistake in it is a configuration error naming the file. */
    static WorkbookLabels load(Path file) {
        JsonNode root;
        try {
            root = YAMLMapper.builder().build().readTree(Files.readString(file));
        } catch (IOException | JacksonException e) {
            throw new CatalogException(file + ": 工作簿显示文件无法读取：" + e.getMessage().lines().findFirst().orElse(""));
        }
        if (root == null || !root.path("columns").isObject()) {
            throw new CatalogException(file + ": 工作簿显示文件缺少 columns:");
        }
        Map<String, Map<String, String>> columns = new LinkedHashMap<>();
        root.path("columns").properties().forEach(c -> columns.put(c.getKey(), strings(c.getValue())));
        DateTimeFormatter time;
        try {
            time = DateTimeFormatter.ofPattern(root.path("time").asString("yyyy-MM-dd HH:mm:ss"))
                    .withZone(ZoneId.systemDefault());
        } catch (IllegalArgumentException e) {
            throw new CatalogException(file + ": time 不是有效的时间格式：" + e.getMessage());
        }
        return new WorkbookLabels(columns, strings(root.path("booleans")), time,
                root.path("plans").asString("《{name}》"));
    }

    /**
     * With each plan's code shown as the {@code plans:} pattern fills it ({@code {name}}, {@code {short_name}}) from
     * the warehouse's {@code dim_plan}; a {@code plan_code} entry under {@code columns:} wins over it.
     */
    WorkbookLabels withPlanNames(Connection connection) throws SQLException {
        if (plans.isBlank() || columns.containsKey(PLAN_COLUMN)) {
            return this;
        }
        Map<String, String> names = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet table = statement.executeQuery(PLAN_TABLE)) {
            if (!table.next() || table.getInt("tables") == 0) {
                return this;
            }
        }
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(PLAN_NAMES)) {
            while (rs.next()) {
                names.put(rs.getString("plan_code"), plans.replace("{name}", rs.getString("plan_name"))
                        .replace("{short_name}", rs.getString("short_name")));
            }
        }
        Map<String, Map<String, String>> withPlans = new LinkedHashMap<>(columns);
        withPlans.put(PLAN_COLUMN, names);
        return new WorkbookLabels(withPlans, booleans, time, plans);
    }

    /** The value as the workbook shows it: a label, 是/否, a local time, or the value itself. */
    Object shown(String column, Object value) {
        if (value instanceof Boolean b) {
            return booleans.getOrDefault(b.toString(), b.toString());
        }
        if (value instanceof OffsetDateTime || value instanceof java.sql.Timestamp) {
            TemporalAccessor instant = value instanceof OffsetDateTime t ? t.toInstant()
                    : ((java.sql.Timestamp) value).toInstant();
            return time.format(instant);
        }
        if (value instanceof String text) {
            Map<String, String> labels = columns.get(column);
            return labels == null ? text : labels.getOrDefault(text, text);
        }
        return value;
    }

    private static Map<String, String> strings(JsonNode node) {
        Map<String, String> strings = new LinkedHashMap<>();
        node.properties().forEach(e -> strings.put(e.getKey(), e.getValue().asString()));
        return strings;
    }
}
