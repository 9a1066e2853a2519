package org.lianggang.report;

import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Export settings from {@code application.yml} ({@code lianggang.export.*}).
 *
 * @param countUnits   units whose values are counts, shown without decimals in the workbook (人, 个 …)
 * @param unitColumns  patterns of the columns that hold values in the row's unit (value, baseline_value, y2015 …):
 *                     only these lose their decimals in a count row; a relative change stays a decimal
 * @param yearColumns  the column that holds a table's report year: the first of these the table has
 * @param seriesTables tables exported with every year up to the report year (trends), not just that year
 * @param stageTables  tables exported only in a year that has rows (the 中期/终期评估: 2025, 2030), not as an empty
 *                     sheet or file in every other year
 * @param sheetMaxRows the rows a sheet may hold below its header (Excel's limit: 1,048,575); a report that would pass
 *                     it is written as several workbooks along the region tree ({@link WorkbookSplit})
 */
@ConfigurationProperties("lianggang.export")
public record ReportProperties(List<String> countUnits, List<String> unitColumns, List<String> yearColumns,
                               List<String> seriesTables, List<String> stageTables, Long sheetMaxRows) {

    /** Excel's 1,048,576 rows a sheet, the header row included. */
    static final long EXCEL_MAX_ROWS = 1_048_575;

    public ReportProperties {
        countUnits = countUnits == null ? List.of() : List.copyOf(countUnits);
        unitColumns = unitColumns == null ? List.of("value") : List.copyOf(unitColumns);
        yearColumns = yearColumns == null ? List.of("year") : List.copyOf(yearColumns);
        seriesTables = seriesTables == null ? List.of() : List.copyOf(seriesTables);
        stageTables = stageTables == null ? List.of() : List.copyOf(stageTables);
        if (sheetMaxRows != null && (sheetMaxRows < 1 || sheetMaxRows > EXCEL_MAX_ROWS)) {
            throw new IllegalArgumentException("lianggang.export.sheet-max-rows: " + sheetMaxRows
                    + " is not between 1 and Excel's " + EXCEL_MAX_ROWS);
        }
        sheetMaxRows = sheetMaxRows == null ? EXCEL_MAX_ROWS : sheetMaxRows;
    }

    /** Whether a column holds a value in the row's unit. */
    boolean inRowUnit(String column) {
        return unitColumns.stream().anyMatch(column::matches);
    }

    RowSelection rowSelection() {
        return new RowSelection(yearColumns, Set.copyOf(seriesTables));
    }
}
