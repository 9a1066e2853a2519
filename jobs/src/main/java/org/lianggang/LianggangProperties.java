package org.lianggang;

import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lianggang.catalog.Regions;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings from {@code application.yml} (or {@code --lianggang.*=} on the command line).
 *
 * @param home     runtime state: inbox/, lake/, warehouse.duckdb, reports/, jobs/ (the JobRepository)
 * @param schemas  the configuration directory: catalog/, regions/, sources/, demo/
 * @param extraSchemas the deployment's own configuration directories, composed with {@code schemas} file by file
 *                 (each with any of catalog/, regions/, sources/): a plan, a region file or a department's elements
 *                 added without editing a shipped file
 * @param models   the warehouse SQL directory (models in file-name order, tests/ beside them)
 * @param rounding how reports round figures for presentation (values are stored at full precision)
 * @param report   the report conventions the warehouse models apply (达标率 denominator, 基本实现, progress)
 * @param regions  the region the deployment reports on ({@code root}, default 柳州市 450200)
 */
@ConfigurationProperties("lianggang")
public record LianggangProperties(Path home, Path schemas, List<Path> extraSchemas, Path models, Rounding rounding,
                                  Report report, RegionRoot regions) {

    public LianggangProperties {
        home = home.toAbsolutePath().normalize();
        schemas = schemas.toAbsolutePath().normalize();
        extraSchemas = extraSchemas == null ? List.of()
                : extraSchemas.stream().map(p -> p.toAbsolutePath().normalize()).toList();
        models = models.toAbsolutePath().normalize();
        rounding = rounding == null ? new Rounding(2, RoundingMode.HALF_UP) : rounding;
        report = report == null ? new Report(null, null, null, null, null, null, null) : report;
        regions = regions == null || regions.root() == null ? new RegionRoot(Regions.DEFAULT_ROOT) : regions;
    }

    /** The root region: the warehouse covers it and everything below it (a city, a province, the country). */
    public record RegionRoot(String root) {
    }

    /**
     * Presentation rounding: decimals and mode. Some bureaus truncate (22/26 printed as 84.61%): mode DOWN.
     */
    public record Rounding(int decimals, RoundingMode mode) {

        public Rounding {
            if (mode != RoundingMode.HALF_UP && mode != RoundingMode.DOWN) {
                throw new IllegalArgumentException("lianggang.rounding.mode must be HALF_UP (round) or DOWN "
                        + "(truncate), the two conventions reports use; not " + mode);
            }
        }
    }

    /**
     * Report conventions. {@code rateDenominator}: {@code all} indicators (无数据 stays in, as the seed report: 59/77)
     * or {@code monitorable} ones only (NBS: 44/54). {@code basicallyMetCounts}: 基本实现 counts as 达标 (NBS).
     * {@code progressOnTrack} / {@code progressAccelerationNeeded}: the Open SDG thresholds on R (0.95, 0.60).
     * {@code changePercentDecimals}: decimals of a relative change (比上年降低6.6%).
     * {@code evaluationLabels}: how the 中期/终期评估 words each status (code → name, e.g. {@code on-track: 预计如期实现});
     * the ones not given keep their default ({@link #DEFAULT_EVALUATION_LABELS}).
     * {@code previousYearWording}: the change on the previous year worded {@code 上年} (比上年提高…, as the seed report)
     * or {@code year}, naming it (比2021年提高…); NBS reports use both.
     */
    public record Report(String rateDenominator, Boolean basicallyMetCounts, Double progressOnTrack,
                         Double progressAccelerationNeeded, Integer changePercentDecimals,
                         Map<String, String> evaluationLabels, String previousYearWording) {

        /** The evaluation statuses (report_evaluation.status_code) in the order reports list them, with their names. */
        public static final Map<String, String> DEFAULT_EVALUATION_LABELS = defaultEvaluationLabels();

        public Report {
            rateDenominator = rateDenominator == null ? "all" : rateDenominator;
            if (!rateDenominator.equals("all") && !rateDenominator.equals("monitorable")) {
                throw new IllegalArgumentException("lianggang.report.rate-denominator must be 'all' or 'monitorable', "
                        + "not '" + rateDenominator + "'");
            }
            basicallyMetCounts = basicallyMetCounts == null || basicallyMetCounts;
            progressOnTrack = progressOnTrack == null ? 0.95 : progressOnTrack;
            progressAccelerationNeeded = progressAccelerationNeeded == null ? 0.60 : progressAccelerationNeeded;
            changePercentDecimals = changePercentDecimals == null ? 1 : changePercentDecimals;
            evaluationLabels = evaluationLabels(evaluationLabels);
            previousYearWording = previousYearWording == null ? "上年" : previousYearWording;
            if (!previousYearWording.equals("上年") && !previousYearWording.equals("year")) {
                throw new IllegalArgumentException(Messages.pick("lianggang.report.previous-year-wording 只能是 上年（比上年）或 year（比2021年），不能是 '"
                        + previousYearWording + "'", "must be '上年' or 'year', not '" + previousYearWording + "'"));
            }
        }

        private static Map<String, String> defaultEvaluationLabels() {
            Map<String, String> labels = new LinkedHashMap<>();
            labels.put("met", "达标");
            labels.put("basically_met", "基本实现");
            labels.put("unmet", "未达标");
            labels.put("target_achieved", "已实现目标");
            labels.put("on_track", "按期可实现");
            labels.put("acceleration_needed", "需加快进度");
            labels.put("limited_progress", "进展有限");
            labels.put("deterioration", "出现倒退");
            labels.put("not_available", "无法判断");
            labels.put("no_data", "无数据");
            return Collections.unmodifiableMap(labels);
        }

        /** The defaults with the configured names over them; keys as in YAML (on-track) or as codes (on_track). */
        private static Map<String, String> evaluationLabels(Map<String, String> configured) {
            Map<String, String> labels = new LinkedHashMap<>(DEFAULT_EVALUATION_LABELS);
            if (configured != null) {
                configured.forEach((key, label) -> {
                    String code = key.replace('-', '_');
                    if (!labels.containsKey(code)) {
                        throw new IllegalArgumentException(Messages.pick("lianggang.report.evaluation-labels：没有这个评估类别 '"
                                + key + "'，评估类别为 ", "unknown status '" + key + "'; the statuses are ")
                                + String.join(", ", DEFAULT_EVALUATION_LABELS.keySet()));
                    }
                    labels.put(code, label);
                });
            }
            return Collections.unmodifiableMap(labels);
        }
    }

    /** Figures printed in published reports, to be checked against the computed ones (CSV files). */
    public Path published() {
        return home.resolve("published");
    }

    public Path lake() {
        return lakeIn(home);
    }

    /** The lake of a home, also for the commands that run before Spring. */
    public static Path lakeIn(Path home) {
        return home.resolve("lake");
    }

    /** The published report sets of a home. */
    public static Path reportsIn(Path home) {
        return home.resolve("reports");
    }

    /** The warehouse file of a home. */
    public static Path warehouseIn(Path home) {
        return home.resolve("warehouse.duckdb");
    }

    public Path inbox() {
        return home.resolve("inbox");
    }

    public Path warehouse() {
        return warehouseIn(home);
    }
}
