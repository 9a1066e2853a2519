package org.lianggang.warehouse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.lianggang.LianggangProperties;
import org.lianggang.lake.LakeFiles;

/**
 * The {@code ${name}} values the warehouse models are rendered with: where the catalog snapshot and the lake are,
 * and the report conventions from {@code application.yml}, so that the SQL states each convention once.
 */
final class ModelVariables {

    static final String PUBLISHED_HEADER = "plan_code,indicator_code,year,region_code,published_value,"
            + "published_numerator,published_denominator,"
            + "published_change,source_document";

    private ModelVariables() {
    }

    /** {@code lakeFiles}: the files the build reads, pinned at its start; the lake views name them, never a glob. */
    static Map<String, String> of(LianggangProperties properties, FlagProperties flags, LakeFiles lakeFiles,
                                  Path catalogDir, String storageVersion) throws IOException {
        LianggangProperties.Report report = properties.report();
        // digested before anything else is written beside the catalog snapshot
        String catalogDigest = BuildDigests.ofFiles(catalogDir);
        Map<String, String> variables = new HashMap<>(VintageFiles.variables(properties.home().resolve("vintages"),
                catalogDir));
        variables.putAll(Map.ofEntries(
                Map.entry("code_version", BuildDigests.codeVersion()),
                Map.entry("models_digest", BuildDigests.ofFiles(properties.models())),
                Map.entry("catalog_digest", catalogDigest),
                Map.entry("flag_caution_min_denominator", flags.cautionMinDenominator().entrySet().stream()
                        .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("\n"))),
                Map.entry("catalog", catalogDir.toString()),
                Map.entry("lake_data_value_files", lines(lakeFiles.dataValue())),
                Map.entry("lake_assessment_files", lines(lakeFiles.assessment())),
                Map.entry("lake_load_manifest_files", lines(lakeFiles.manifest())),
                Map.entry("published_figures", publishedFigures(properties.published(), catalogDir)),
                Map.entry("rounding_decimals", Integer.toString(properties.rounding().decimals())),
                Map.entry("rounding_mode", properties.rounding().mode().name()),
                Map.entry("rate_denominator", report.rateDenominator()),
                Map.entry("basically_met_counts", report.basicallyMetCounts().toString()),
                Map.entry("progress_on_track", report.progressOnTrack().toString()),
                Map.entry("progress_acceleration_needed", report.progressAccelerationNeeded().toString()),
                Map.entry("change_percent_decimals", report.changePercentDecimals().toString()),
                Map.entry("previous_year_wording", report.previousYearWording())));
        report.evaluationLabels().forEach((code, label) ->
                variables.put("evaluation_label_" + code, label.replace("'", "''")));
        variables.put("config_digest", configDigest(variables));
        variables.put("inputs_digest", inputsDigest(variables, BuildDigests.ofFiles(properties.published()),
                storageVersion));
        return Map.copyOf(variables);
    }

    /**
     * One digest of everything the build reads: every variable (the pinned lake and vintage files, the code, model
     * and catalog digests, the settings), the published figures' contents and the storage format. Equal digests: a
     * build would write the same warehouse.
     */
    private static String inputsDigest(Map<String, String> variables, String publishedDigest, String storageVersion) {
        return digest(variables, name -> true, "published=" + publishedDigest + "\0storage=" + storageVersion);
    }

    /**
     * One digest of what the report tables are computed with besides the data: the code, the models, the catalog
     * and the settings — every variable but the lists of lake, vintage and published files. A published report set
     * records it, so that a corrected target or a changed setting republishes every year, not only those whose loads
     * changed.
     */
    private static String configDigest(Map<String, String> variables) {
        return digest(variables, name -> !name.endsWith("_files") && !name.equals("published_figures")
                && !name.equals("catalog"), "");
    }

    /** SHA-256 over the chosen variables, in name order, then {@code tail}. */
    private static String digest(Map<String, String> variables, Predicate<String> chosen, String tail) {
        StringBuilder text = new StringBuilder();
        new TreeMap<>(variables).forEach((name, value) -> {
            if (chosen.test(name)) {
                text.append(name).append('=').append(value).append('\0');
            }
        });
        return BuildDigests.ofText(text.append(tail).toString());
    }

    private static String lines(List<Path> files) {
        return files.stream().map(Path::toString).collect(Collectors.joining("\n"));
    }

    /**
     * The glob of the published-figure CSVs under home/published, or an empty one with just the header when there
     * are none (DuckDB refuses a glob that matches nothing).
     */
    private static String publishedFigures(Path dir, Path catalogDir) throws IOException {
        if (Files.isDirectory(dir)) {
            try (Stream<Path> listing = Files.list(dir)) {
                if (listing.anyMatch(f -> f.getFileName().toString().endsWith(".csv"))) {
                    return dir.resolve("*.csv").toString();
                }
            }
        }
        Path empty = catalogDir.resolve("published_none.csv");
        Files.writeString(empty, PUBLISHED_HEADER + "\n");
        return empty.toString();
    }
}
