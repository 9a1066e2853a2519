package org.lianggang.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Makes a department's corrected export from a demo one: one county's figure changed (and a totals row with it). */
final class Corrections {

    private Corrections() {
    }

    /** Writes {@code corrected}; returns the new figure. */
    static String write(Path original, Path corrected, String regionCode, String header, long delta)
            throws IOException {
        List<String> lines = Files.readAllLines(original, StandardCharsets.UTF_8);
        int column = Arrays.asList(lines.get(headerLine(lines, header)).split(",", -1)).indexOf(header);
        String changed = null;
        List<String> out = new ArrayList<>();
        for (String line : lines) {
            String[] cells = line.split(",", -1);
            boolean county = cells[0].equals(regionCode);
            boolean total = line.contains("合计") || line.contains("全市") || cells[0].equals("450200");
            if ((county || total) && cells.length > column && cells[column].matches("\\d+")) {
                cells[column] = Long.toString(Long.parseLong(cells[column]) + delta);
                changed = county ? cells[column] : changed;
            }
            out.add(String.join(",", cells));
        }
        if (changed == null) {
            throw new IllegalArgumentException(regionCode + " / " + header + " not in " + original);
        }
        Files.write(corrected, out, StandardCharsets.UTF_8);
        return changed;
    }

    private static int headerLine(List<String> lines, String header) {
        for (int i = 0; i < lines.size(); i++) {
            if (Arrays.asList(lines.get(i).split(",", -1)).contains(header)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no header " + header);
    }
}
