package org.lianggang.ingest;

import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.IntStream;
import org.lianggang.catalog.SourceField;

/**
 * What a non-blank row below the header is: data, a totals row (合计, 总计, 小计: checked against the sum of the
 * data rows, never stored), or a note (注：, 填表人, 审核人, 填报日期 …: ignored). A city row (全市, 450200) is data.
 */
enum RowKind {
    DATA, TOTAL, NOTE;

    private static final List<String> TOTAL_WORDS = List.of("合计", "总计", "小计", "总合计", "合 计", "总 计");
    private static final List<String> NOTE_PREFIXES = List.of("注", "说明", "备注", "填表人", "填报人", "审核人",
            "填报日期", "填表日期", "报出日期", "单位负责人", "统计负责人", "制表", "数据来源", "资料来源");

    private static final Set<String> COMPACT_TOTAL_WORDS = TOTAL_WORDS.stream().map(w -> w.replace(" ", ""))
            .collect(Collectors.toUnmodifiableSet());
    /** The first characters of every total word and note prefix: a label starting otherwise is data. */
    private static final String FIRST_CHARS = Stream.concat(COMPACT_TOTAL_WORDS.stream(), NOTE_PREFIXES.stream())
            .map(w -> w.substring(0, 1)).distinct().collect(Collectors.joining());
    private static final Pattern SPACES = Pattern.compile("[\\s\\u3000]");

    static RowKind of(ExportRow row, HeaderMapping mapping) {
        String label = label(row, mapping);
        // Called for every row of files with millions: no regular expression unless the label has a space.
        String compact = hasSpace(label) ? SPACES.matcher(label).replaceAll("") : label;
        if (compact.isEmpty() || FIRST_CHARS.indexOf(compact.charAt(0)) < 0) {
            return DATA;
        }
        if (COMPACT_TOTAL_WORDS.contains(compact)) {
            return TOTAL;
        }
        if (NOTE_PREFIXES.stream().anyMatch(compact::startsWith)) {
            return NOTE;
        }
        return DATA;
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
        for (SourceField field : List.of(SourceField.REGION_CODE, SourceField.REGION_NAME)) {
            OptionalInt index = mapping.field(field);
            if (index.isPresent() && !row.cell(index.getAsInt()).isEmpty()) {
                return row.cell(index.getAsInt());
            }
        }
        return IntStream.range(0, row.cells().size()).mapToObj(row::cell).filter(c -> !c.isEmpty()).findFirst()
                .orElse("");
    }
}
