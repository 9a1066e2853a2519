package org.lianggang.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.lianggang.catalog.Catalog;
import org.lianggang.catalog.Indicator;
import org.lianggang.catalog.SourceLayout;
import org.lianggang.catalog.SourceTable;
import org.lianggang.lake.Assessment;
import org.lianggang.lake.DataValue;
import org.lianggang.lake.Lake;
import org.lianggang.lake.LakeTable;
import org.lianggang.lake.StagedPartition;
import org.springframework.stereotype.Component;

/**
 * Loads one export into its lake partition: header mapping, row by row mapping and validation, staging, and the
 * commit. Any error rejects the file whole and leaves the partition as it was.
 */
@Component
public class FileLoader {

    static final int PROGRESS_BLOCK = 100_000;

    private final Catalog catalog;
    private final Lake lake;
    private final IngestProgress progress;
    private final Map<String, Indicator> indicators;

    public FileLoader(Catalog catalog, Lake lake, IngestProgress progress) {
        this.catalog = catalog;
        this.lake = lake;
        this.progress = progress;
        this.indicators = catalog.indicators().collect(Collectors.toMap(Indicator::code, Function.identity(),
                (a, b) -> a));
    }

    LoadResult load(IngestRequest request, long jobExecutionId) {
        SourceLayout layout = catalog.source(request.source()).orElseThrow(
                () -> new IllegalArgumentException("unknown source " + request.source()));
        String table = layout.table().tableName();
        if (lake.current(table, request.source(), request.year())
                .filter(e -> e.sha256().equals(request.sha256())).isPresent()) {
            return new LoadResult(true, 0, 0, List.of());
        }
        lake.sweep();
        String fileName = request.file().getFileName().toString();
        LoadContext load = new LoadContext(fileName, request.source(), request.year(), request.sha256(),
                Instant.now());
        try (TabularFile export = Exports.open(request.file(), layout, null)) {
            List<Problem> problems = new ArrayList<>();
            HeaderLocator.Located located = HeaderLocator.locate(export.rows(), layout).orElseThrow(() ->
                    new InputRejectedException(List.of(Problem.ofFile(ProblemCode.EMPTY_FILE, fileName,
                            "no header with the columns of layout " + layout.id() + " in the first "
                                    + HeaderLocator.SEARCH_ROWS + " rows"))));
            HeaderMapping mapping = HeaderMapping.of(layout, located.header(), located.row(), fileName, problems);
            rejectOnErrors(problems);
            RegionColumns regions = new RegionColumns(mapping, catalog.regions(), load);
            return layout.table() == SourceTable.DATA_VALUE
                    ? loadRows(located.data(), DataValue.TABLE, new DataValueMapper(layout, mapping, regions,
                            catalog.elements(), load), load, problems, jobExecutionId)
                    : loadRows(located.data(), Assessment.TABLE, new AssessmentMapper(layout, mapping, regions, indicators,
                            load), load, problems, jobExecutionId);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + request.file(), e);
        }
    }

    private <T> LoadResult loadRows(Iterator<ExportRow> rows, LakeTable<T> table, RowMapper<T> mapper, LoadContext load,
                                    List<Problem> problems, long jobExecutionId) throws IOException {
        try (StagedPartition<T> staged = lake.stage(table, load.source(), load.year(), load.sha256())) {
            long read = 0;
            while (rows.hasNext()) {
                ExportRow row = rows.next();
                if (row.blank()) {
                    continue;
                }
                mapper.map(row, problems, staged::write);
                if (++read % PROGRESS_BLOCK == 0) {
                    progress.rowsRead(load.fileName(), read);
                }
            }
            if (read == 0) {
                problems.add(Problem.ofFile(ProblemCode.EMPTY_FILE, load.fileName(), "the file has no data rows"));
            }
            rejectOnErrors(problems);
            progress.staged(load.fileName(), staged.rows());
            lake.commit(staged, load.fileName(), read, 0, jobExecutionId);
            return new LoadResult(false, read, staged.rows(), List.copyOf(problems));
        }
    }

    private static void rejectOnErrors(List<Problem> problems) {
        if (problems.stream().anyMatch(p -> !p.code().warning())) {
            throw new InputRejectedException(problems);
        }
    }
}
