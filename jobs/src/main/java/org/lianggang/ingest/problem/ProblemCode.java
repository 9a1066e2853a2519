package org.lianggang.ingest.problem;

/** What is wrong with an input file or row. The README lists each code with what to do about it. */
public enum ProblemCode {
    /** The file cannot be read at all. */
    FILE_UNREADABLE,
    /** The file has no header or no data rows. */
    EMPTY_FILE,
    /**
     * The bytes are not text in the expected encoding, or decode to mojibake (乱码). Bytes past the prefix that chose
     * the encoding are checked as they stream by, and the problem names the row they are in.
     */
    WRONG_ENCODING,
    /** A column the layout requires is not in the header. */
    MISSING_COLUMN,
    /**
     * Two or more columns of the header match one column of the layout, by its header or an alias (an old column and
     * the corrected one beside it): nothing is loaded rather than the first chosen in silence. The message names
     * every such column by letter, number and header.
     */
    AMBIGUOUS_COLUMN,
    /** A header the layout does not know; ignored. */
    EXTRA_COLUMN,
    /** The region code or name is not in schemas/regions. */
    UNKNOWN_REGION,
    /**
     * A row's region code and region name name different regions (after a sort of one column alone), or the name
     * is no region's name or alias: the row is refused rather than its figures given to either. Names of one series
     * (柳江县 beside 柳江区's code) agree.
     */
    REGION_MISMATCH,
    /** The region exists but not in this report year (e.g. 柳江县 after 2016). */
    REGION_NOT_VALID_IN_YEAR,
    /** The year in the row differs from the year of the load. */
    WRONG_YEAR,
    /** A value cell is not a number. */
    NOT_A_NUMBER,
    /** A count is negative. */
    NEGATIVE_COUNT,
    /** A unit written in the cell (%, ‰, /10万, 万人) does not fit the column. */
    UNIT_MISMATCH,
    /** A totals row (合计, 全市) differs from the sum of its rows. */
    TOTAL_MISMATCH,
    /** The same region appears twice in one file. */
    DUPLICATE_REGION,
    /** An assessment names an indicator that no plan has, or a quantitative one. */
    UNKNOWN_INDICATOR,
    /** An assessment status word is not one of the layout's status_values. */
    UNKNOWN_STATUS,
    /** A same key is given twice in one file: region and indicator (assessments), or region, element, sex, area
     *  and age group (long layouts). */
    DUPLICATE_KEY,
    /**
     * A value of an element that counts persons or things (its unit is one of elements.yaml's count_units, or it
     * declares whole: true) is not a whole number: 0.5 maternal deaths, 2150.4 live births.
     */
    FRACTIONAL_COUNT,
    /**
     * A value lies outside the range its element declares in catalog/elements.yaml (81.23 岁 typed as 812.3), or
     * beyond what any value can hold (more than 10^15 in absolute value, e.g. 5e300).
     */
    OUT_OF_RANGE,
    /**
     * Two values of a row break a rule of catalog/validation-rules.yaml, e.g. more women screened than due for
     * screening, or more women than people among the employed. The message names the rule and both figures.
     */
    RULE_VIOLATED,
    /**
     * The file ends where it cannot: inside a quoted cell, or in a last row shorter than the rows above it without
     * a final line break; the file was cut short in transfer or by a full disk. Nothing of it is loaded.
     */
    TRUNCATED_FILE,
    /**
     * A row has a non-blank cell past the last column of the header. In a CSV an unquoted thousands comma (6,443)
     * splits one figure in two and shifts every cell after it (6443 would be stored as 6); in a workbook it is a
     * figure under no header. The row is refused, naming the first such cell.
     */
    CELLS_PAST_HEADER,
    /** An element cell of a long layout names no element of catalog/elements.yaml, by code or by name. */
    UNKNOWN_ELEMENT,
    /** A sex or area cell of a long layout is not one of the layout's sex_values / area_values. */
    UNKNOWN_DISAGGREGATION,
    /**
     * The inbox holds two or more files for one source and year (an original and its correction side by side):
     * the nightly run loads none of them, and says so, until the superseded one is moved out.
     */
    CONFLICTING_FILES,
    /** A workbook row hidden in Excel (set aside by the clerk) held cells; it is left out, and named. A warning. */
    HIDDEN_ROW,
    /**
     * A workbook column hidden in Excel held cells; all its cells are blanked, its header too, so it neither feeds
     * nor hides a value of a mapped column. Named once per column, at its first cell. A warning.
     */
    HIDDEN_COLUMN,
    /**
     * A formula cell of a workbook has no calculated result (reporting systems' export libraries write the formula
     * only; Excel calculates it on opening). Its value is unknown, so the whole file is refused.
     */
    FORMULA_NOT_CALCULATED,
    /**
     * A merged cell in the data covers a value column over more than one cell: Excel shows one figure spanning
     * several rows (or columns), and which county or element it belongs to cannot be told. Carrying it to every
     * cell would count it several times, so the file is refused until the cell is split.
     */
    MERGED_FIGURE,
    /**
     * A column whose header is blank, before the header's last named column, holds cells below the header (a header
     * cleared by hand, a column inserted without one). What its figures are cannot be told and skipping them would
     * drop a clerk's figures without a word, so the file is refused, naming the column and its first cell once.
     */
    UNNAMED_COLUMN,
    /**
     * A unit the file declares that would change its figures (标题行的 单位：万人, 数值（%）) does not fit some columns
     * (a 户 or 例 column, a rate) or, in a long file, some elements: it is applied only where it fits, the others are
     * read in their own units, and this warning names them once, in case one of them was meant in 万 too.
     */
    UNIT_NOT_APPLIED,
    /**
     * The load's year lies in the cycle of no monitored plan (2009, 2031): the file is loaded, but no indicator uses
     * it, and data_quality lists it as year_outside_plans. A warning.
     */
    YEAR_OUTSIDE_PLANS;

    /** Warnings are reported but do not reject anything. */
    public boolean warning() {
        return this == EXTRA_COLUMN || this == HIDDEN_ROW || this == HIDDEN_COLUMN || this == UNIT_NOT_APPLIED
                || this == YEAR_OUTSIDE_PLANS;
    }
}
