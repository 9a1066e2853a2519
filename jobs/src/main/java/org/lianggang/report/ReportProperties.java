package org.lianggang.report;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Export settings from {@code application.yml} ({@code lianggang.export.*}).
 *
 * @param countUnits units whose values are counts, shown without decimals in the workbook (人, 个 …)
 */
@ConfigurationProperties("lianggang.export")
public record ReportProperties(List<String> countUnits) {

    public ReportProperties {
        countUnits = countUnits == null ? List.of() : List.copyOf(countUnits);
    }
}
