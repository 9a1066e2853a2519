package org.lianggang.catalog;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Reads every file of {@code schemas/regions/} and composes them into one {@link Regions}. A file holds either a
 * {@code regions:} list (each entry with its level and parent) or one city: {@code city:}, {@code counties:} and
 * optionally {@code zones:}. A code may appear once across all files, except that a file which says
 * {@code refines: <file>} may describe again a region of that file: what it states wins, its aliases add up (柳州's
 * file refines the national table with validity years, successions, aliases and zones). Any other repeated code is
 * a configuration error naming both places.
 */
final class RegionFiles {

    /** An entry with the file and JSON pointer it was written at. */
    record Placed(RegionEntry entry, Path file, String pointer) {
    }

    /** The regions of one city: the city, its counties and its zones. */
    record CityFile(String refines, @JsonProperty(required = true) RegionEntry city,
                    @JsonProperty(required = true) List<RegionEntry> counties, List<RegionEntry> zones) {
    }

    /** Regions of any level, each naming its level and parent. */
    record ListFile(String refines, @JsonProperty(required = true) List<RegionEntry> regions) {
    }

    private record Read(Path file, String refines, List<Placed> entries) {
    }

    private final CatalogLoader loader;
    private final Findings findings = new Findings();

    RegionFiles(CatalogLoader loader) {
        this.loader = loader;
    }

    Regions load(List<Path> files, String rootCode) {
        List<Read> reads = new ArrayList<>();
        List<CatalogProblem> unreadable = new ArrayList<>();
        for (Path file : files) {
            try {
                reads.add(read(file));
            } catch (CatalogException e) {
                unreadable.addAll(e.problems());
            }
        }
        if (!unreadable.isEmpty()) {
            throw new CatalogException(unreadable);
        }
        Map<String, Placed> composed = compose(reads);
        List<Region> regions = new RegionTreeCheck(composed, findings).regions();
        if (!composed.isEmpty() && !composed.containsKey(rootCode)) {
            findings.add(files.isEmpty() ? Path.of("schemas/regions") : files.get(0), "",
                    "根地区 lianggang.regions.root=" + rootCode + " 不在 schemas/regions 中",
                    "the root region lianggang.regions.root=" + rootCode + " is not in schemas/regions");
        }
        if (composed.isEmpty()) {
            findings.add(Path.of("schemas/regions"), "", "地区目录中没有地区", "schemas/regions holds no region");
        }
        findings.throwIfAny();
        return new Regions(regions, rootCode);
    }

    private Read read(Path file) {
        JsonNode tree = loader.readTree(file);
        List<Placed> entries = new ArrayList<>();
        if (tree.has("city")) {
            CityFile city = loader.convert(file, tree, CityFile.class);
            entries.add(new Placed(city.city().placed(RegionLevel.CITY, null), file, "/city"));
            addAll(entries, file, "/counties/", city.counties(), RegionLevel.COUNTY, city.city().code());
            addAll(entries, file, "/zones/", city.zones(), RegionLevel.ZONE, city.city().code());
            return new Read(file, city.refines(), entries);
        }
        ListFile list = loader.convert(file, tree, ListFile.class);
        for (int k = 0; k < list.regions().size(); k++) {
            entries.add(new Placed(list.regions().get(k), file, "/regions/" + k));
        }
        return new Read(file, list.refines(), entries);
    }

    private static void addAll(List<Placed> entries, Path file, String pointer, List<RegionEntry> list,
                               RegionLevel level, String parent) {
        for (int k = 0; list != null && k < list.size(); k++) {
            entries.add(new Placed(list.get(k).placed(level, parent), file, pointer + k));
        }
    }

    /** Files that refine come after the rest, so that what they refine is there. */
    private Map<String, Placed> compose(List<Read> reads) {
        Map<String, Placed> byCode = new LinkedHashMap<>();
        List<Read> ordered = new ArrayList<>(reads.stream().filter(r -> r.refines() == null).toList());
        ordered.addAll(reads.stream().filter(r -> r.refines() != null).toList());
        for (Read read : ordered) {
            if (read.refines() != null && reads.stream().noneMatch(r -> r.refines() == null
                    && r.file().getFileName().toString().equals(read.refines()))) {
                findings.add(read.file(), "/refines", "refines: " + read.refines()
                        + " 不是 schemas/regions 中未细化的地区文件", "refines: " + read.refines()
                        + " is not a region file of schemas/regions that refines no other");
            }
            for (Placed placed : read.entries()) {
                Placed earlier = byCode.get(placed.entry().code());
                if (earlier == null) {
                    byCode.put(placed.entry().code(), placed);
                } else if (read.refines() != null && !earlier.file().equals(read.file())
                        && earlier.file().getFileName().toString().equals(read.refines())) {
                    byCode.put(placed.entry().code(), new Placed(placed.entry().over(earlier.entry()), placed.file(),
                            placed.pointer()));
                } else {
                    String where = findings.where(earlier.file(), earlier.pointer() + "/code");
                    findings.add(placed.file(), placed.pointer() + "/code", "地区代码 " + placed.entry().code()
                            + " 重复，亦见于 " + where + "（细化另一文件中的地区须写 refines:）", "region code "
                            + placed.entry().code() + " is also at " + where
                            + " (a file describing another file's regions again says refines:)");
                }
            }
        }
        return byCode;
    }
}
