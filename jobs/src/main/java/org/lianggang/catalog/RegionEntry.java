package org.lianggang.catalog;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * One region as a file under {@code schemas/regions/} writes it. In a {@code regions:} list it states its
 * {@code level} and {@code parent}; under {@code city:} / {@code counties:} / {@code zones:} the shape gives them.
 */
record RegionEntry(@JsonProperty(required = true) String code, String name, String level, String parent,
                   Integer validFrom, Integer validTo, String successor, List<String> aliases, String includedIn) {

    RegionEntry {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }

    /** The entry with the level and parent its place in a city file gives it. */
    RegionEntry placed(RegionLevel placedLevel, String placedParent) {
        return new RegionEntry(code, name, placedLevel.code(), parent != null ? parent : placedParent, validFrom,
                validTo, successor, aliases, includedIn);
    }

    /**
     * This entry refining {@code base} (the same code in the file it refines): what it states wins, aliases add up.
     */
    RegionEntry over(RegionEntry base) {
        List<String> allAliases = new java.util.ArrayList<>(base.aliases());
        aliases.stream().filter(a -> !allAliases.contains(a)).forEach(allAliases::add);
        return new RegionEntry(code, name != null ? name : base.name(), level != null ? level : base.level(),
                parent != null ? parent : base.parent(), validFrom != null ? validFrom : base.validFrom(),
                validTo != null ? validTo : base.validTo(), successor != null ? successor : base.successor(),
                allAliases, includedIn != null ? includedIn : base.includedIn());
    }
}
