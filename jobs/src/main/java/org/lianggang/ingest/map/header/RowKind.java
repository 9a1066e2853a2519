package org.lianggang.ingest.map.header;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.lianggang.ingest.read.row.ExportRow;

/**
 * What a non-blank row below the header is: data, a totals row (合计, 总计, 小计, also as 城区小计 or 全市合计:
 * checked against the sum of the data rows, never stored), or a note (注：, 填表人, 审核人, 填报日期 …: ignored).
 * The 栏次 row of an official statistical form (甲 乙 丙 1 2 3 … under the header: the columns' numbers) is a note
 * too. A city row (全市, 450200) is data.
 */
public enum RowKind {
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
    /** The 天干 that number a form's label columns in its 栏次 row; its figure columns are numbered 1, 2, 3 … */
    private static final String STEMS = "甲乙丙丁戊己庚辛壬癸";
    private static final Pattern COLUMN_NUMBER = Pattern.compile("[甲乙丙丁戊己庚辛壬癸]|\\d{1,3}");

    public static RowKind of(ExportRow row, HeaderMapping mapping) {
        String label = label(row, mapping);
        // Called for every row of files with millions: no regular expression unless the label has a space.
        String compact = hasSpace(label) ? SPACES.matcher(label).replaceAll("") : label;
        if (compact.length() == 1 && STEMS.indexOf(compact.charAt(0)) >= 0 && columnNumbers(row)) {
            return NOTE;
        }
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
    public static boolean subtotal(ExportRow row, HeaderMapping mapping) {
        return compact(row, mapping).endsWith("小计");
    }

    /**
     * Whether a 合计 or 总计 names a part before it (城区合计, 县合计, 柳州市合计): it may close a part or cover the
     * whole. A bare 合计 and one naming the whole area (全市合计, 总计) cover the whole file.
     */
    public static boolean namesPart(ExportRow row, HeaderMapping mapping) {
        String label = compact(row, mapping);
        if (!label.endsWith("合计") && !label.endsWith("总计")) {
            return false;
        }
        String part = label.substring(0, label.length() - 2);
        return !part.isEmpty() && !part.startsWith("全") && !part.equals("总") && !part.equals("本市");
    }

    private static String compact(ExportRow row, HeaderMapping mapping) {
        return SPACES.matcher(label(row, mapping)).replaceAll("");
    }

    /** Every non-blank cell is a column's number: a 天干 or a number of at most three digits (栏次 甲 乙 1 2 3). */
    private static boolean columnNumbers(ExportRow row) {
        return row.cells().stream().map(String::strip).filter(c -> !c.isEmpty())
                .allMatch(c -> COLUMN_NUMBER.matcher(c).matches());
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
