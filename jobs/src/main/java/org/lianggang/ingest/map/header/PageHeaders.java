package org.lianggang.ingest.map.header;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.lianggang.ingest.read.row.ExportRow;

/**
 * The rows a paged export repeats at the top of every page: report servers (帆软 FineReport and the like) export a
 * long table page by page, each page opening with the title rows, a page number (第2页 共3页) and the header again.
 * A row that is the header again, or again one of the rows above the header, or a page number alone, is such a
 * repeat: it holds no figure, and is passed over like a note row rather than refused as a region.
 */
public final class PageHeaders {

    private static final Pattern PAGE_NUMBER = Pattern.compile("第\\s*\\d+\\s*页([\\s,，/、]*共\\s*\\d+\\s*页)?"
            + "|共\\s*\\d+\\s*页[\\s,，/、]*第\\s*\\d+\\s*页|(?i:page\\s*\\d+(\\s*(of|/)\\s*\\d+)?)");

    private final Set<List<String>> repeated = new HashSet<>();
    private final Set<String> firstCells = new HashSet<>();

    public PageHeaders(List<String> header, List<ExportRow> above) {
        remember(header);
        for (ExportRow row : above) {
            if (!row.blank()) {
                remember(row.cells());
            }
        }
    }

    private void remember(List<String> cells) {
        List<String> text = text(cells);
        repeated.add(text);
        firstCells.add(text.isEmpty() ? "" : text.get(0));
    }

    public boolean isRepeat(ExportRow row) {
        String first = row.cell(0);
        boolean maybePage = first.startsWith("第") || first.startsWith("共")
                || first.regionMatches(true, 0, "page", 0, 4);
        if (!firstCells.contains(first) && !maybePage) {
            return false;
        }
        List<String> text = text(row.cells());
        return repeated.contains(text) || text.size() == 1 && PAGE_NUMBER.matcher(first).matches();
    }

    /** The cells stripped, without the blank cells at the end of the row. */
    private static List<String> text(List<String> cells) {
        ExportRow row = new ExportRow(0, cells);
        int end = cells.size();
        while (end > 0 && row.cell(end - 1).isEmpty()) {
            end--;
        }
        List<String> text = new ArrayList<>(end);
        for (int i = 0; i < end; i++) {
            text.add(row.cell(i));
        }
        return text;
    }
}
