package org.lianggang.ingest.read.workbook;

import java.util.List;
import java.util.stream.Collectors;
import org.lianggang.Messages;

/** A sheet of a workbook, in the workbook's order: its name and whether Excel shows its tab. */
public record SheetTab(String name, boolean visible) {

    /**
     * The position of the named sheet (matched as Excel matches names, ignoring case; a hidden one too, when named).
     * When none is named: the active sheet (the one Excel opens on) if it is visible, else the first visible one;
     * never a hidden or very hidden sheet, such as last year's sheet kept in the file.
     */
    public static int chosen(List<SheetTab> sheets, int active, String wanted, String fileName) {
        if (sheets.isEmpty()) {
            throw WorkbookRefusal.unreadable(fileName, Messages.text("problem.no-sheets"));
        }
        if (wanted == null) {
            if (active >= 0 && active < sheets.size() && sheets.get(active).visible()) {
                return active;
            }
            for (int i = 0; i < sheets.size(); i++) {
                if (sheets.get(i).visible()) {
                    return i;
                }
            }
            throw WorkbookRefusal.unreadable(fileName, Messages.text("problem.all-sheets-hidden"));
        }
        for (int i = 0; i < sheets.size(); i++) {
            if (sheets.get(i).name().strip().equalsIgnoreCase(wanted.strip())) {
                return i;
            }
        }
        throw WorkbookRefusal.unreadable(fileName, Messages.text("problem.no-such-sheet", wanted,
                sheets.stream().map(n -> "\"" + n.name() + "\"").collect(Collectors.joining(", "))));
    }
}
