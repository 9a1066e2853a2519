package org.lianggang.ingest;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * What a non-blank row below the header is: data, a totals row (合计, 总计, 小计, also as 城区小计 or 全市合计:
 * checked against the sum of the data rows, never stored), or a note (注：, 填表人, 审核人, 填报日期 …: ignored).
 * A city row (全市, 450200) is data.
 */
enum RowKind {
    DATA, TOTAL, NOTE;

    private static final List<String> TOTAL_WORDS = List.of("合计", "总计", "小计");
    private static final List<String> NOTE_PREFIXES = List.of("注", "说明", "备注", "填表人", "填报人", "审核人",
            "填报日期", "填表日期", "报出日期", "单位负责人", "统计负责人", "制表", "数据来源", "资料来源");

    /** A label that neither starts like a note nor ends like a total is data, without comparing it to any word. */
    private static final String NOTE_FIRST_CHARS = NOTE_PREFIXES.stream().map(w -> w.substring(0, 1)).distinct()
            .collect(Collectors.joining());
    private static final String TOTAL_LAST_CHARS = TOTAL_WORDS.stream().map(w -> w.substring(w.length() - 1))
            .distinct().collect(Collectors.joining());
    private static final Pattern SPACES = Pattern.compile("[\\s\\u3000]");

    static RowKind of(ExportRow row, HeaderMapping mapping) {
        String label = label(row, mapping);
        // Called for every row of files with millions: no regular expression unless the label has a space.
        String compact = hasSpace(label) ? SPACES.matcher(label).replaceAll("") : label;
        if (compact.isEmpty() || NOTE_FIRST_CHARS.indexOf(compact.charAt(0)) < 0
                && TOTAL_LAST_CHARS.indexOf(compact.charAt(compact.length() - 1)) < 0) {
            return DATA;
        }
        // Notes first: "注：全市数据为各县区合计" ends like a totals row.
        if (NOTE_PREFIXES.stream().anyMatch(compact::startsWith)) {
            return NOTE;
        }
        return TOTAL_WORDS.stream().anyMatch(compact::endsWith) ? TOTAL : DATA;
    }

    /** Whether a totals row covers only the rows since the previous 小计 (城区小计, 县小计), not the whole file. */
    static boolean subtotal(ExportRow row, HeaderMapping mapping) {
        return label(row, mapping).replaceAll("[\\s\\u3000]", "").endsWith("小计");
    }

    private static boolean hasSpace(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u3000') {
                return true;
            }
        }
        return false;
    }

    /** The region cell (code, else name), or the first non-blank cell when both are blank. */
    private static String label(ExportRow row, HeaderMapping mapping) {
        for (int column : mapping.labelColumns()) {
            String cell = row.cell(column);
            if (!cell.isEmpty()) {
                return cell;
            }
        }
        return IntStream.range(0, row.cells().size()).mapToObj(row::cell).filter(c -> !c.isEmpty()).findFirst()
                .orElse("");
    }
}
