package org.lianggang.ingest;

import org.lianggang.Messages;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.lianggang.LianggangProperties;
import org.lianggang.catalog.Catalog;
import org.lianggang.catalog.Indicator;
import org.lianggang.catalog.LayoutShape;
import org.lianggang.catalog.SourceField;
import org.lianggang.catalog.SourceLayout;
import org.lianggang.catalog.SourceTable;
import org.lianggang.ingest.map.AssessmentMapper;
import org.lianggang.ingest.map.DataValueMapper;
import org.lianggang.ingest.map.LoadContext;
import org.lianggang.ingest.map.LongDataValueMapper;
import org.lianggang.ingest.map.RegionColumns;
import org.lianggang.ingest.map.RowMapper;
import org.lianggang.ingest.map.TitleYear;
import org.lianggang.ingest.map.header.ColumnUnits;
import org.lianggang.ingest.map.header.HeaderLocator;
import org.lianggang.ingest.map.header.HeaderMapping;
import org.lianggang.ingest.map.header.HeaderUnits;
import org.lianggang.ingest.map.header.PageHeaders;
import org.lianggang.ingest.map.header.RowKind;
import org.lianggang.ingest.map.header.UnnamedColumns;
import org.lianggang.ingest.problem.InputRejectedException;
import org.lianggang.ingest.problem.Problem;
import org.lianggang.ingest.problem.ProblemCode;
import org.lianggang.ingest.read.Exports;
import org.lianggang.ingest.read.row.ExportRow;
import org.lianggang.ingest.read.row.TabularFile;
import org.lianggang.lake.Assessment;
import org.lianggang.lake.DataValue;
import org.lianggang.lake.Lake;
import org.lianggang.lake.LakeTable;
import org.lianggang.lake.StagedPartition;
import org.springframework.stereotype.Component;

/**
 * Loads one export into its lake partition: header location and mapping, row by row mapping and validation, the
 * rejects CSV, the reject threshold, staging and the commit. A file that fails leaves its partition as it was.
 * A dry run does all the checking and writes nothing.
 */
@Component
public class FileLoader {

    static final int PROGRESS_BLOCK = 100_000;
    /** Problems that concern the whole file, not one row: they fail the file whatever the reject threshold. */
    private static final Set<ProblemCode> FILE_PROBLEMS = Set.of(ProblemCode.FILE_UNREADABLE,
            ProblemCode.EMPTY_FILE, ProblemCode.WRONG_ENCODING, ProblemCode.MISSING_COLUMN, ProblemCode.TOTAL_MISMATCH,
            ProblemCode.FORMULA_NOT_CALCULATED, ProblemCode.MERGED_FIGURE, ProblemCode.UNNAMED_COLUMN);

    private final Catalog catalog;
    private final Lake lake;
    private final IngestProgress progress;
    private final Path rejectsDir;
    private final Map<String, Indicator> indicators;

    public FileLoader(Catalog catalog, Lake lake, IngestProgress progress, LianggangProperties properties) {
        this.catalog = catalog;
        this.lake = lake;
        this.progress = progress;
        this.rejectsDir = properties.home().resolve("rejects");
        this.indicators = catalog.indicators().collect(Collectors.toMap(Indicator::code, Function.identity(),
                (a, b) -> a));
    }

    LoadResult load(IngestRequest request, long jobExecutionId) {
        SourceLayout layout = catalog.requireSource(request.source());
        if (lake.current(layout.table().tableName(), request.source(), request.year())
                .filter(e -> e.sha256().equals(request.sha256())).isPresent()) {
            return LoadResult.alreadyLoaded();
        }
        return run(request.file(), layout, request.year(), request.sha256(), jobExecutionId, request.encoding());
    }

    /** Checks a file as a load would, and writes nothing: no partition, no manifest, no rejects CSV. */
    LoadResult check(Path file, String source, int year, String encoding) {
        return run(file, catalog.requireSource(source), year, "dry-run", null, encoding);
    }

    private LoadResult run(Path file, SourceLayout declared, int year, String sha256, Long jobExecutionId,
                           String encoding) {
        SourceLayout layout = declared;
        String fileName = file.getFileName().toString();
        LoadContext load = new LoadContext(fileName, layout.id(), year, sha256, Instant.now());
        Path rejects = jobExecutionId == null ? null
                : rejectsDir.resolve(layout.id()).resolve(Integer.toString(year)).resolve(fileName + ".rejects.csv");
        try (TabularFile export = Exports.open(file, layout, encoding)) {
            if (rejects != null) {
                Files.deleteIfExists(rejects);
            }
            List<Problem> problems = new ArrayList<>();
            HeaderLocator.Located located = HeaderLocator.locateOrRefuse(export.rows(), layout, fileName);
            HeaderMapping mapping = HeaderMapping.of(layout, located.header(), located.row(), fileName, problems);
            layout = mapping.carried(layout);
            TitleYear.check(located.above(), load).ifPresent(problems::add);
            PlanYears.check(catalog, load).ifPresent(problems::add);
            RowMapper<DataValue> valueMapper = layout.table() == SourceTable.DATA_VALUE
                    && problems.stream().allMatch(p -> p.code().warning())
                    ? valueMapper(layout, mapping, located, load, problems) : null;
            if (problems.stream().anyMatch(p -> !p.code().warning())) {
                problems.addAll(noticed(export, fileName, located, mapping));
                throw new InputRejectedException(problems);
            }
            Scan scan = new Scan(export, located, mapping, layout, load, problems, rejects, jobExecutionId);
            if (layout.table() == SourceTable.ASSESSMENT) {
                return scan.run(Assessment.TABLE, new AssessmentMapper(layout, mapping,
                        new RegionColumns(mapping, catalog.regions(), load), indicators, load));
            }
            return scan.run(DataValue.TABLE, valueMapper);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /**
     * What the reader left out of the rows or could not show (hidden rows and columns, formulas without a result,
     * figures merged over several cells), as problems. A merged region counts only where it covers a column of
     * figures below the header.
     */
    private static List<Problem> noticed(TabularFile export, String fileName, HeaderLocator.Located located,
                                         HeaderMapping mapping) {
        return export.notices().stream()
                .filter(n -> n.code() != ProblemCode.MERGED_FIGURE
                        || n.row() > located.row() && mapping.holdsFigures(n.column()))
                .map(n -> n.problem(fileName, located.header())).toList();
    }

    /**
     * The mapper of a data-value file, in the units the file declares above or in its header (see
     * {@link ColumnUnits}); a declared unit that contradicts the layout is added to the problems.
     */
    private RowMapper<DataValue> valueMapper(SourceLayout layout, HeaderMapping mapping,
                                             HeaderLocator.Located located, LoadContext load, List<Problem> problems) {
        RegionColumns regions = new RegionColumns(mapping, catalog.regions(), load);
        if (layout.shape() == LayoutShape.LONG) {
            HeaderUnits.Declared unit = ColumnUnits.declaredForLong(mapping, mapping.field(SourceField.VALUE)
                    .orElse(-1), located.row(), located.above(), load.fileName(), problems);
            return new LongDataValueMapper(layout, mapping, unit, regions, catalog.regions(), catalog.elements(),
                    catalog.validationRules(), load);
        }
        ColumnUnits units = ColumnUnits.of(layout, mapping, located.above(), catalog.elements(), load.fileName(),
                located.row(), problems);
        return new DataValueMapper(layout, mapping, units, regions, catalog.elements(), catalog.validationRules(),
                load);
    }

    /** One pass over the data rows of a located export. */
    private final class Scan {

        private final TabularFile export;
        private final HeaderLocator.Located located;
        private final HeaderMapping mapping;
        private final SourceLayout layout;
        private final LoadContext load;
        private final List<Problem> problems;
        private final Path rejectsFile;
        private final Long jobExecutionId;

        Scan(TabularFile export, HeaderLocator.Located located, HeaderMapping mapping, SourceLayout layout,
             LoadContext load, List<Problem> problems, Path rejectsFile, Long jobExecutionId) {
            this.export = export;
            this.located = located;
            this.mapping = mapping;
            this.layout = layout;
            this.load = load;
            this.problems = problems;
            this.rejectsFile = rejectsFile;
            this.jobExecutionId = jobExecutionId;
        }

        <T> LoadResult run(LakeTable<T> table, RowMapper<T> mapper) throws IOException {
            boolean dryRun = jobExecutionId == null;
            try (RejectedRows rejects = new RejectedRows(rejectsFile, located.header());
                 StagedPartition<T> staged = dryRun ? null : lake.stage(table, load.source(), load.year(),
                         load.sha256())) {
                Consumer<T> sink = dryRun ? record -> { } : staged::write;
                UnnamedColumns unnamed = new UnnamedColumns(located.header());
                BoundedProblems found = new BoundedProblems(load.fileName());
                found.addAll(problems);
                long read = scanRows(located.data(), mapper, sink, rejects, found, unnamed);
                List<Problem> late = new ArrayList<>();
                mapper.finish(late);
                late.addAll(unnamed.problems(load.fileName()));
                late.addAll(noticed(export, load.fileName(), located, mapping));
                if (read == 0) {
                    late.add(Problem.ofFile(ProblemCode.EMPTY_FILE, load.fileName(), Messages.text("problem.no-data-rows")));
                }
                found.addAll(late);
                boolean fileFails = found.anyOf(FILE_PROBLEMS);
                RejectThreshold threshold = RejectThreshold.parse(layout.rejectThreshold());
                boolean ok = !fileFails && threshold.allows(rejects.count(), read);
                if (dryRun) {
                    // a dry run writes no records, whatever it would have written
                    return new LoadResult(false, ok, read, rejects.count(), 0, found.listed(), null);
                }
                rejects.close();
                if (!ok) {
                    throw new InputRejectedException(found.listed(), rejects.file(), read, rejects.count());
                }
                progress.staged(load.fileName(), staged.rows());
                lake.commit(staged, load.fileName(), read, rejects.count(), jobExecutionId);
                return new LoadResult(false, true, read, rejects.count(), staged.rows(), found.listed(),
                        rejects.file());
            }
        }

        /**
         * Maps and checks every data row. Each row's problems are collected apart, written with the row to the
         * rejects CSV when it is rejected, and then only counted and kept up to a bound in {@code found}.
         */
        private <T> long scanRows(Iterator<ExportRow> rows, RowMapper<T> mapper, Consumer<T> sink,
                                  RejectedRows rejects, BoundedProblems found, UnnamedColumns unnamed) {
            long read = 0;
            List<Problem> fresh = new ArrayList<>();
            PageHeaders pageHeaders = new PageHeaders(located.header(), located.above());
            while (rows.hasNext()) {
                ExportRow row = rows.next();
                if (row.blank() || pageHeaders.isRepeat(row)) {
                    continue;
                }
                RowKind kind = RowKind.of(row, mapping);
                if (kind == RowKind.NOTE) {
                    continue;
                }
                unnamed.look(row);
                Optional<Problem> pastHeader = mapping.cellsPastHeader(row, load.fileName());
                if (pastHeader.isPresent()) {
                    found.add(pastHeader.get());
                    rejects.add(row, List.of(pastHeader.get()));
                } else if (kind == RowKind.TOTAL) {
                    mapper.total(row, fresh);
                    found.addAll(fresh);
                    fresh.clear();
                    continue;
                } else {
                    mapper.map(row, fresh, sink);
                    if (!fresh.isEmpty()) {
                        reject(row, fresh, rejects);
                        found.addAll(fresh);
                        fresh.clear();
                    }
                }
                if (++read % PROGRESS_BLOCK == 0) {
                    progress.rowsRead(load.fileName(), read);
                }
            }
            return read;
        }

        private static void reject(ExportRow row, List<Problem> fresh, RejectedRows rejects) {
            List<Problem> errors = fresh.stream().filter(p -> !p.code().warning()).toList();
            if (!errors.isEmpty()) {
                rejects.add(row, errors);
            }
        }
    }
}
