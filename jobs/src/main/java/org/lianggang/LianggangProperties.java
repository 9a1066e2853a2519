package org.lianggang;

import java.math.RoundingMode;
import java.nio.file.Path;
import org.lianggang.catalog.Regions;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings from {@code application.yml} (or {@code --lianggang.*=} on the command line).
 *
 * @param home     runtime state: inbox/, lake/, warehouse.duckdb, reports/, jobs/ (the JobRepository)
 * @param schemas  the configuration directory: catalog/, regions/, sources/, demo/
 * @param models   the warehouse SQL directory (models in file-name order, tests/ beside them)
 * @param rounding how reports round figures for presentation (values are stored at full precision)
 * @param report   the report conventions the warehouse models apply (达标率 denominator, 基本实现, progress)
 * @param regions  the region the deployment reports on ({@code root}, default 柳州市 450200)
 */
@ConfigurationProperties("lianggang")
public record LianggangProperties(Path home, Path schemas, Path models, Rounding rounding, Report report,
                                  RegionRoot regions) {

    public LianggangProperties {
        home = home.toAbsolutePath().normalize();
        schemas = schemas.toAbsolutePath().normalize();
        models = models.toAbsolutePath().normalize();
        rounding = rounding == null ? new Rounding(2, RoundingMode.HALF_UP) : rounding;
        report = report == null ? new Report(null, null, null, null, null) : report;
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
     */
    public record Report(String rateDenominator, Boolean basicallyMetCounts, Double progressOnTrack,
                         Double progressAccelerationNeeded, Integer changePercentDecimals) {

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
        }
    }

    /** Figures printed in published reports, to be checked against the computed ones (CSV files). */
    public Path published() {
        return home.resolve("published");
    }

    public Path lake() {
        return home.resolve("lake");
    }

    public Path inbox() {
        return home.resolve("inbox");
    }

    public Path warehouse() {
        return home.resolve("warehouse.duckdb");
    }
}
