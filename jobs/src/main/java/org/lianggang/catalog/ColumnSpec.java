package org.lianggang.catalog;

import java.util.ArrayList;
import java.util.List;

/** A column of a department export: its header and the other headers senders use for it. */
public record ColumnSpec(String header, List<String> aliases) {

    public ColumnSpec {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }

    public List<String> names() {
        List<String> names = new ArrayList<>();
        names.add(header);
        names.addAll(aliases);
        return names;
    }
}
