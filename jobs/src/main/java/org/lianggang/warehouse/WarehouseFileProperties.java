package org.lianggang.warehouse;

import org.lianggang.Messages;
import java.util.regex.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the warehouse file is written ({@code lianggang.warehouse.*} in application.yml).
 *
 * @param storageVersion the oldest DuckDB release that must open the file (DuckDB's storage compatibility version).
 *                       DuckDB 2.0 writes a format no 1.x client can read, and analysts' tools (the Python package,
 *                       the CLI, DBeaver's driver) lag behind; {@code v1.0.0}, the default, lets every client from
 *                       1.0 on open the warehouse, at the cost of a slightly larger file
 * @param memoryLimit    the memory the build's DuckDB may use ({@code 2GB}, {@code 512MB}); past it, joins, sorts
 *                       and aggregates spill to a temporary directory beside the new file. Empty: DuckDB's own
 *                       default, 80 % of the machine's memory, which a country-scale build used up to ~7 GB of
 */
@ConfigurationProperties("lianggang.warehouse")
public record WarehouseFileProperties(String storageVersion, String memoryLimit) {

    private static final Pattern RELEASE = Pattern.compile("v\\d+\\.\\d+\\.\\d+");
    private static final Pattern SIZE = Pattern.compile("\\d+(\\.\\d+)?\\s*(KB|MB|GB|TB|KiB|MiB|GiB|TiB)");

    public WarehouseFileProperties {
        storageVersion = storageVersion == null ? "v1.0.0" : storageVersion.strip();
        if (!RELEASE.matcher(storageVersion).matches()) {
            throw new IllegalArgumentException(Messages.pick("lianggang.warehouse.storage-version 须为 DuckDB 版本号，如 v1.0.0，不能是 '"
                    + storageVersion + "'", "lianggang.warehouse.storage-version must name a DuckDB release such as v1.0.0, not '" + storageVersion + "'"));
        }
        memoryLimit = memoryLimit == null ? "" : memoryLimit.strip();
        if (!memoryLimit.isEmpty() && !SIZE.matcher(memoryLimit).matches()) {
            throw new IllegalArgumentException(Messages.pick("lianggang.warehouse.memory-limit 须为内存大小，如 2GB 或 512MB，不能是 '"
                    + memoryLimit + "'", "lianggang.warehouse.memory-limit must be a size such as 2GB or 512MB, not '" + memoryLimit + "'"));
        }
    }
}
