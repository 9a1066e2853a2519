package org.lianggang;

import java.math.RoundingMode;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings from {@code application.yml} (or {@code --lianggang.*=} on the command line).
 *
 * @param home     runtime state: inbox/, lake/, warehouse.duckdb, reports/, jobs/ (the JobRepository)
 * @param schemas  the configuration directory: catalog/, regions/, sources/, demo/
 * @param models   the warehouse SQL directory (models in file-name order, tests/ beside them)
 * @param rounding how reports round figures for presentation (values are stored at full precision)
 */
@ConfigurationProperties("lianggang")
public record LianggangProperties(Path home, Path schemas, Path models, Rounding rounding) {

    public LianggangProperties {
        home = home.toAbsolutePath().normalize();
        schemas = schemas.toAbsolutePath().normalize();
        models = models.toAbsolutePath().normalize();
        rounding = rounding == null ? new Rounding(2, RoundingMode.HALF_UP) : rounding;
    }

    /**
     * Presentation rounding: decimals and mode. Some bureaus truncate (22/26 printed as 84.61%): mode DOWN.
     */
    public record Rounding(int decimals, RoundingMode mode) {
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
