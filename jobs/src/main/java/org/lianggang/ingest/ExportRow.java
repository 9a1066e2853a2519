package org.lianggang.ingest;

import java.util.List;

/** One data row of an export: its 1-based line number in the file and its cells as text. */
public record ExportRow(long number, List<String> cells) {

    public String cell(int index) {
        return index < cells.size() ? cells.get(index).strip() : "";
    }

    public boolean blank() {
        for (String cell : cells) {
            if (!cell.isBlank()) {
                return false;
            }
        }
        return true;
    }
}
