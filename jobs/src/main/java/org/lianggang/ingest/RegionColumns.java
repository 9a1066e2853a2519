package org.lianggang.ingest;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.lianggang.catalog.Region;
import org.lianggang.catalog.Regions;
import org.lianggang.catalog.SourceField;

/**
 * Finds a row's region from its code column (full-width digits read as half-width), or failing that its name column,
 * and checks it is valid that year.
 */
final class RegionColumns {

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

    RegionColumns(HeaderMapping mapping, Regions regions, LoadContext load) {
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
        if (!code.isEmpty() && code.equals(lastCode)) {
            return lastRegion;
        }
        String name = code.isEmpty() && nameColumn.isPresent() ? row.cell(nameColumn.getAsInt()) : "";
        // Codes are ASCII digits: the cell as it is finds them, and only other cells (full-width digits) need the
        // normalised text.
        Optional<Region> region = code.isEmpty() ? regions.byName(name)
                : regions.byCode(code).or(() -> regions.byCode(ValueParser.normalize(code)));
        int column = !code.isEmpty() ? codeColumn.getAsInt() : nameColumn.orElse(-1);
        String header = column < 0 ? "" : mapping.headerAt(column);
        if (region.isEmpty()) {
            problems.add(new Problem(ProblemCode.UNKNOWN_REGION, load.fileName(), row.number(), header,
                    code.isEmpty() ? name : code, "region not in schemas/regions"));
        } else if (!region.get().validIn(load.year())) {
            problems.add(new Problem(ProblemCode.REGION_NOT_VALID_IN_YEAR, load.fileName(), row.number(), header,
                    code.isEmpty() ? name : code, region.get().name() + " is not a region in " + load.year()));
            return Optional.empty();
        }
        if (region.isPresent() && !code.isEmpty()) {
            lastCode = code;
            lastRegion = region;
        }
        return region;
    }

    /** Checks the row's year column, if the layout has one, against the year of the load. */
    boolean yearMatches(ExportRow row, List<Problem> problems) {
        if (yearColumn.isEmpty()) {
            return true;
        }
        String text = row.cell(yearColumn.getAsInt());
        if (text.equals(yearText) || ValueParser.normalize(text).replace("年", "").strip().equals(yearText)) {
            return true;
        }
        problems.add(new Problem(ProblemCode.WRONG_YEAR, load.fileName(), row.number(),
                mapping.headerAt(yearColumn.getAsInt()), text, "this load is for " + load.year()));
        return false;
    }
}
