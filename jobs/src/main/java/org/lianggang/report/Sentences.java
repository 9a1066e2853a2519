package org.lianggang.report;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lianggang.catalog.CatalogException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The titles and sentences of the Word report ({@code schemas/report/sentences.yaml}): templates a bureau rewrites,
 * each filled from one row of a report query. {@code {column}} prints the row's value (a decimal without trailing
 * zeros, {@code {column:f}} with the report's decimals); a {@code [ … ]} segment is left out when any placeholder in
 * it is empty or zero, so that "0项无数据" or a missing previous year never reaches the page.
 */
final class Sentences {

    private static final Pattern SEGMENT = Pattern.compile("\\[([^\\[\\]]*)]|([^\\[]+)");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z_0-9]+)(:f)?}");

    private final Path file;
    private final Map<String, String> templates;
    private final Map<String, String> proseUnits;

    private Sentences(Path file, Map<String, String> templates, Map<String, String> proseUnits) {
        this.file = file;
        this.templates = templates;
        this.proseUnits = proseUnits;
    }

    /** Reads the file; a missing or unreadable one is a {@link CatalogException} naming it (exit code 5, as any schemas/ mistake). */
    static Sentences load(Path file) {
        JsonNode root;
        try {
            root = YAMLMapper.builder().build().readTree(Files.readString(file));
        } catch (IOException | JacksonException e) {
            throw new CatalogException(file + ": 报告句式文件无法读取：" + firstLine(e.getMessage()));
        }
        if (root == null || !root.path("sentences").isObject()) {
            throw new CatalogException(file + ": 报告句式文件缺少 sentences:");
        }
        return new Sentences(file, strings(root.path("sentences")), strings(root.path("prose_units")));
    }

    /** Whether the file words {@code name} (a deployment's own file may predate a sentence, e.g. flag_legend). */
    boolean has(String name) {
        return templates.containsKey(name);
    }

    /** The sentence {@code name} filled from {@code row}. */
    String fill(String name, Map<String, Object> row) {
        String template = templates.get(name);
        if (template == null) {
            throw new CatalogException(file + ": 缺少句式 " + name);
        }
        StringBuilder text = new StringBuilder();
        Matcher segments = SEGMENT.matcher(template);
        while (segments.find()) {
            boolean optional = segments.group(1) != null;
            String segment = optional ? segments.group(1) : segments.group(2);
            String filled = fillSegment(name, segment, row, optional);
            if (filled != null) {
                text.append(filled);
            }
        }
        return text.toString();
    }

    /** The segment with its placeholders replaced; null when it is optional and a placeholder has no value. */
    private String fillSegment(String name, String segment, Map<String, Object> row, boolean optional) {
        StringBuilder text = new StringBuilder();
        Matcher placeholder = PLACEHOLDER.matcher(segment);
        while (placeholder.find()) {
            String column = placeholder.group(1);
            if (!row.containsKey(column)) {
                throw new CatalogException(file + ": 句式 " + name + " 中的占位符 {" + column
                        + "} 不是可用的列；可用的列：" + String.join("、", new TreeSet<>(row.keySet())));
            }
            Object value = row.get(column);
            if (optional && isEmpty(value)) {
                return null;
            }
            String printed = value == null ? "—" : printed(column, value, placeholder.group(2) != null);
            placeholder.appendReplacement(text, Matcher.quoteReplacement(printed));
        }
        placeholder.appendTail(text);
        return text.toString();
    }

    /** A unit as it reads after a figure in the document ({@code prose_units}: 1/10万 → /10万). */
    String proseUnit(String unit) {
        return proseUnits.getOrDefault(unit, unit);
    }

    private String printed(String column, Object value, boolean fixedDecimals) {
        if (value instanceof BigDecimal decimal) {
            return fixedDecimals ? decimal.toPlainString() : decimal.stripTrailingZeros().toPlainString();
        }
        String text = value.toString();
        return column.equals("unit") ? proseUnit(text) : text;
    }

    private static boolean isEmpty(Object value) {
        if (value == null) {
            return true;
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.signum() == 0;
        }
        if (value instanceof Number number) {
            return number.doubleValue() == 0;
        }
        return value.toString().isBlank();
    }

    private static Map<String, String> strings(JsonNode node) {
        Map<String, String> values = new LinkedHashMap<>();
        node.properties().forEach(e -> values.put(e.getKey(), e.getValue().asString()));
        return values;
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }
}
