package org.lianggang.catalog;

import org.lianggang.Messages;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import tools.jackson.databind.JsonNode;

/**
 * Reads every file of {@code schemas/regions/} and composes them into one {@link Regions}. A YAML file holds either a
 * {@code regions:} list (each entry with its level and parent) or one city: {@code city:}, {@code counties:} and
 * optionally {@code zones:}. A code may appear once across all files, except that a file which says
 * {@code refines: <file>} may describe again a region of that file: what it states wins, its aliases add up (柳州's
 * file refines the national table with validity years, successions, aliases and zones). Any other repeated code is
 * a configuration error naming both places. A CSV file is a list of regions (the national table).
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
        if (file.getFileName().toString().endsWith(".csv")) {
            return readCsv(file);
        }
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

    /**
     * A CSV region file (the generated national table: a YAML list of 3,000 regions takes a second to parse, a CSV
     * a few milliseconds): {@code #} comment lines, then a header with code, name, level, parent and optionally
     * valid_from, valid_to, successor, aliases (separated by {@code |}), included_in.
     */
    private Read readCsv(Path file) {
        List<Placed> entries = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setCommentMarker('#').setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).get();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(in, format)) {
            List<String> missing = Stream.of("code", "name", "level", "parent")
                    .filter(h -> !parser.getHeaderMap().containsKey(h)).toList();
            if (!missing.isEmpty()) {
                throw new CatalogException(List.of(new CatalogProblem(file, 1, 1, Messages.pick("地区表缺少列 " + missing,
                        "the region table lacks the columns " + missing))));
            }
            for (CSVRecord record : parser) {
                entries.add(new Placed(new RegionEntry(record.get("code"), cell(record, "name"),
                        cell(record, "level"), cell(record, "parent"), year(record, "valid_from"),
                        year(record, "valid_to"), cell(record, "successor"), aliases(record),
                        cell(record, "included_in")), file, "/regions/" + entries.size()));
                lines.add((int) parser.getCurrentLineNumber());
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
            throw new CatalogException(List.of(new CatalogProblem(file, 0, 0, Messages.pick("无法读取地区表：",
                    "cannot read the region table: ") + e.getMessage())));
        }
        findings.csvLines(file, lines);
        return new Read(file, null, entries);
    }

    private static String cell(CSVRecord record, String column) {
        String value = record.isMapped(column) && record.isSet(column) ? record.get(column).strip() : "";
        return value.isEmpty() ? null : value;
    }

    private static Integer year(CSVRecord record, String column) {
        String value = cell(record, column);
        return value == null ? null : Integer.valueOf(value);
    }

    private static List<String> aliases(CSVRecord record) {
        String value = cell(record, "aliases");
        return value == null ? List.of() : List.of(value.split("\\|"));
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
