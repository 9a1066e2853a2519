package org.lianggang.ingest.map.header;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lianggang.ingest.map.value.ValueParser;
import org.lianggang.ingest.read.row.ExportRow;

/**
 * Units a file declares in words, as statistical forms do: a trailing （万人） on a header, or 单位：万人 in a title row
 * above the header. 填报单位：柳州市教育局 names the reporting body, not a unit, and is not read as one.
 */
public final class HeaderUnits {

    /** A unit as a form writes it: a count word with 万 or 亿, or a rate. */
    private static final String UNIT = "(?:[万亿]?(?:人次|人|个|例|户|次|所|名|家|件|对|元)|%|‰|1/10万|1/万|/10万|/万)";
    private static final Pattern TRAILING = Pattern.compile("^(.*?)\\s*\\(\\s*(" + UNIT + ")\\s*\\)\\s*$");
    private static final Pattern DECLARED = Pattern.compile("(?:^|[\\s,;(])(?:计量)?单位\\s*:\\s*(" + UNIT
            + ")(?=$|[\\s,;)])");

    /** A unit declared in a title row: the row, the cell as written and the unit. */
    public record Declared(long row, String cell, String unit) {
    }

    private HeaderUnits() {
    }

    /** The header without a trailing unit in brackets: 在园幼儿数 for 在园幼儿数（万人）; the header itself otherwise. */
    static String withoutUnit(String header) {
        Matcher m = TRAILING.matcher(ValueParser.normalize(header));
        return m.matches() ? m.group(1) : header;
    }

    /** The unit in brackets at the end of a header, if any. */
    static Optional<String> unitOf(String header) {
        Matcher m = TRAILING.matcher(ValueParser.normalize(header));
        return m.matches() ? Optional.of(m.group(2)) : Optional.empty();
    }

    /**
     * Every 单位：… declared in the rows above the header, in order. More than one that differ is a contradiction the
     * caller refuses.
     */
    static List<Declared> declaredAbove(List<ExportRow> above) {
        return above.stream().flatMap(row -> row.cells().stream().map(cell -> {
            Matcher m = DECLARED.matcher(ValueParser.normalize(cell));
            return m.find() ? new Declared(row.number(), cell.strip(), m.group(1)) : null;
        })).filter(d -> d != null).toList();
    }
}
