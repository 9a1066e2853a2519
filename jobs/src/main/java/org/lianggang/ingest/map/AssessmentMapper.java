package org.lianggang.ingest.map;

import org.lianggang.Messages;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Consumer;
import org.lianggang.catalog.Indicator;
import org.lianggang.catalog.Region;
import org.lianggang.catalog.SourceField;
import org.lianggang.catalog.SourceLayout;
import org.lianggang.ingest.map.header.HeaderMapping;
import org.lianggang.ingest.problem.Problem;
import org.lianggang.ingest.problem.ProblemCode;
import org.lianggang.ingest.read.row.ExportRow;
import org.lianggang.lake.Assessment;

/** Maps a row of the 妇儿工委办 assessment export to an {@link Assessment} of one qualitative indicator. */
public final class AssessmentMapper implements RowMapper<Assessment> {

    private final SourceLayout layout;
    private final HeaderMapping mapping;
    private final RegionColumns regions;
    private final Map<String, Indicator> indicators;
    private final LoadContext load;
    private final Set<String> seenKeys = new HashSet<>();

    public AssessmentMapper(SourceLayout layout, HeaderMapping mapping, RegionColumns regions,
                     Map<String, Indicator> indicators, LoadContext load) {
        this.layout = layout;
        this.mapping = mapping;
        this.regions = regions;
        this.indicators = indicators;
        this.load = load;
    }

    @Override
    public void map(ExportRow row, List<Problem> problems, Consumer<Assessment> out) {
        int before = problems.size();
        regions.yearMatches(row, problems);
        Region region = regions.resolve(row, problems).orElse(null);
        String indicator = cell(row, SourceField.INDICATOR_CODE);
        int indicatorColumn = mapping.field(SourceField.INDICATOR_CODE).getAsInt();
        Indicator known = indicators.get(indicator);
        if (known == null || known.quantitative()) {
            problems.add(new Problem(ProblemCode.UNKNOWN_INDICATOR, load.fileName(), row.number(),
                    mapping.headerAt(indicatorColumn), indicator, known == null
                            ? Messages.text("problem.no-plan-has-indicator")
                            : Messages.text("problem.quantitative-not-assessed")));
        }
        String word = cell(row, SourceField.STATUS);
        String status = layout.statusValues().get(word);
        if (status == null) {
            problems.add(new Problem(ProblemCode.UNKNOWN_STATUS, load.fileName(), row.number(),
                    mapping.headerAt(mapping.field(SourceField.STATUS).getAsInt()), word,
                    Messages.text("problem.status-must-be", layout.statusValues().keySet())));
        }
        if (region != null && !seenKeys.add(region.code() + "/" + indicator)) {
            problems.add(new Problem(ProblemCode.DUPLICATE_KEY, load.fileName(), row.number(),
                    mapping.headerAt(indicatorColumn), indicator, Messages.text("problem.assessed-twice", region.name())));
        }
        if (problems.size() == before) {
            String note = cell(row, SourceField.NOTE);
            out.accept(new Assessment(load.year(), region.code(), indicator, status, note.isEmpty() ? null : note,
                    load.source(), load.sha256(), row.number(), load.loadedAt()));
        }
    }

    private String cell(ExportRow row, SourceField field) {
        OptionalInt index = mapping.field(field);
        return index.isPresent() ? row.cell(index.getAsInt()) : "";
    }
}
