package org.lianggang.ingest.map;

import org.lianggang.Messages;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.lianggang.catalog.Region;
import org.lianggang.catalog.Regions;
import org.lianggang.catalog.SourceField;
import org.lianggang.ingest.map.header.ColumnNames;
import org.lianggang.ingest.map.header.HeaderMapping;
import org.lianggang.ingest.map.value.ValueParser;
import org.lianggang.ingest.problem.Problem;
import org.lianggang.ingest.problem.ProblemCode;
import org.lianggang.ingest.read.row.ExportRow;

/**
 * Finds a row's region from its code column (full-width digits read as half-width), or failing that its name column,
 * and checks it is valid that year. A row with both a code and a name must name the same region in both.
 */
public final class RegionColumns {

    private final HeaderMapping mapping;
    private final Regions regions;
    private final LoadContext load;
    // Looked up once, not for every row of files with millions.
    private final OptionalInt codeColumn;
    private final OptionalInt nameColumn;
    private final OptionalInt yearColumn;
    private final String yearText;
    /** The last region found by its code: an export lists a county's rows together, so most rows repeat it. */
    private String lastCode;
    private Optional<Region> lastRegion;

    public RegionColumns(HeaderMapping mapping, Regions regions, LoadContext load) {
        this.mapping = mapping;
        this.regions = regions;
        this.load = load;
        this.codeColumn = mapping.field(SourceField.REGION_CODE);
        this.nameColumn = mapping.field(SourceField.REGION_NAME);
        this.yearColumn = mapping.field(SourceField.YEAR);
        this.yearText = Integer.toString(load.year());
    }

    Optional<Region> resolve(ExportRow row, List<Problem> problems) {
        String code = codeColumn.isPresent() ? row.cell(codeColumn.getAsInt()) : "";
        if (code.isEmpty()) {
            String name = nameColumn.isPresent() ? row.cell(nameColumn.getAsInt()) : "";
            return valid(regions.byName(name), row, nameColumn.orElse(-1), name, problems);
        }
        Optional<Region> region = code.equals(lastCode) ? lastRegion
                : regions.byCode(code).or(() -> regions.byCode(ValueParser.normalize(code)));
        if (region.isPresent()) {
            lastCode = code;
            lastRegion = region;
            if (!nameAgrees(row, code, region.get(), problems)) {
                return Optional.empty();
            }
        }
        return valid(region, row, codeColumn.getAsInt(), code, problems);
    }

    private Optional<Region> valid(Optional<Region> region, ExportRow row, int column, String text,
                                   List<Problem> problems) {
        String header = column < 0 ? "" : mapping.headerAt(column);
        if (region.isEmpty()) {
            problems.add(new Problem(ProblemCode.UNKNOWN_REGION, load.fileName(), row.number(), header, text,
                    Messages.text("problem.region-unknown")));
        } else if (!region.get().validIn(load.year())) {
            problems.add(new Problem(ProblemCode.REGION_NOT_VALID_IN_YEAR, load.fileName(), row.number(), header,
                    text, Messages.text("problem.region-not-valid", region.get().name(), load.year())));
            return Optional.empty();
        }
        return region;
    }

    /**
     * A row that carries both a code and a name must name one region twice (a name, an alias or a name of the same
     * series: 柳江县 beside 450206): after a sort of one column alone, the code and the name disagree and the row's
     * figures would land on one of two counties.
     */
    private boolean nameAgrees(ExportRow row, String code, Region region, List<Problem> problems) {
        String name = nameColumn.isPresent() ? row.cell(nameColumn.getAsInt()) : "";
        if (name.isEmpty() || name.equals(region.name())) {
            return true;
        }
        Optional<Region> named = regions.byName(name).or(() -> regions.byName(ValueParser.normalize(name)
                .replaceAll("[\\s\\u3000]", "")));
        if (named.isPresent() && regions.seriesCode(named.get().code()).equals(regions.seriesCode(region.code()))) {
            return true;
        }
        int codeAt = codeColumn.getAsInt();
        int nameAt = nameColumn.getAsInt();
        String namedAs = named.map(r -> "（" + r.code() + "）").orElse("（不是任何地区的名称或别名 · no region has this name）");
        problems.add(new Problem(ProblemCode.REGION_MISMATCH, load.fileName(), row.number(), mapping.headerAt(nameAt),
                name, Messages.text("problem.region-mismatch", ColumnNames.describe(codeAt, mapping.headerAt(codeAt)),
                        code, region.name(), ColumnNames.describe(nameAt, mapping.headerAt(nameAt)), name, namedAs)));
        return false;
    }

    /** Checks the row's year column, if the layout has one, against the year of the load (2019, 2019年, 2019年度). */
    boolean yearMatches(ExportRow row, List<Problem> problems) {
        if (yearColumn.isEmpty()) {
            return true;
        }
        String text = row.cell(yearColumn.getAsInt());
        if (text.equals(yearText) || ValueParser.normalize(text).replace("年度", "").replace("年", "").strip().equals(yearText)) {
            return true;
        }
        problems.add(new Problem(ProblemCode.WRONG_YEAR, load.fileName(), row.number(),
                mapping.headerAt(yearColumn.getAsInt()), text, Messages.text("problem.load-is-for", load.year())));
        return false;
    }

    /** Whether the region's row is the file's total row (the root's own row). */
    boolean isTotal(Region region) {
        return regions.isTotalRow(region);
    }

    /** Whether the region's row adds into the total row (see {@link Regions#addsIntoTotalRow}). */
    boolean addsIntoTotal(Region region) {
        return regions.addsIntoTotalRow(region);
    }
}
