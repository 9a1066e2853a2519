package org.lianggang.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.lianggang.ClassPathText;
import org.lianggang.LianggangProperties;
import org.lianggang.FileMover;
import org.lianggang.warehouse.Warehouse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Writes the report of one year from the warehouse (opened read-only) in the requested formats. The runs publish
 * a year's full report as one set ({@link #writeYear}, see {@link ReportSets}): old set or new, never a mix. Into
 * any other directory ({@code report --out}) everything is written into a hidden staging directory first and each
 * finished file is then renamed into place, so a crash never leaves a half-written file (but may leave a mix of
 * old and new files); staging left by a killed run is swept at the next one.
 */
@Component
@EnableConfigurationProperties(ReportProperties.class)
public class ReportWriter {

    private static final Logger log = LoggerFactory.getLogger(ReportWriter.class);
    private static final String STAGING_PREFIX = ".staging-";
    /**
     * Written first into every staging directory of ours: the sweep removes a {@code .staging-*} directory only if
     * it holds this file, so that an operator's own {@code .staging-…} file or folder in {@code --out DIR} is left.
     */
    static final String STAGING_MARKER = ".lianggang-report-staging";
    private static final String DATA_YEARS = ClassPathText.read("report/data-years.sql");
    static final String SENTENCES = "report/sentences.yaml";
    static final String LABELS = "report/labels.yaml";

    private final Warehouse warehouse;
    private final Path reports;
    private final Presentation presentation;
    private final ReportProperties report;
    private final ReportSets sets;
    private final Path sentences;
    private final Path labels;
    private final Vintages vintages;

    @Autowired
    public ReportWriter(Warehouse warehouse, LianggangProperties properties, ReportProperties report,
                        ObjectProvider<FileMover> mover) {
        // A FileMover bean exists only in fault tests (a pause before the swap); otherwise the atomic rename.
        this(warehouse, LianggangProperties.reportsIn(properties.home()),
                new Presentation(properties.rounding().decimals(), properties.rounding().mode()), report,
                mover.getIfAvailable(() -> FileMover.ATOMIC), reportFile(properties, SENTENCES),
                reportFile(properties, LABELS), new Vintages(properties.home().resolve("vintages"), warehouse,
                        FileMover.ATOMIC, Clock.systemUTC()));
    }

    /**
     * A report file of the schemas (the Word report's sentences, the workbook's labels): a deployment's own in its
     * extra schema directory (the last that holds one) replaces the shipped file whole, so that rewording never
     * edits a shipped file.
     */
    private static Path reportFile(LianggangProperties properties, String name) {
        Path chosen = properties.schemas().resolve(name);
        for (Path dir : properties.extraSchemas()) {
            if (Files.isRegularFile(dir.resolve(name))) {
                chosen = dir.resolve(name);
            }
        }
        return chosen;
    }

    /** With the shipped workbook labels beside {@code sentences}. */
    ReportWriter(Warehouse warehouse, Path reports, Presentation presentation, ReportProperties report,
                 FileMover mover, Path sentences) {
        this(warehouse, reports, presentation, report, mover, sentences, sentences.resolveSibling("labels.yaml"),
                Vintages.NONE);
    }

    /**
     * {@code sentences}: the Word report's sentence templates ({@code schemas/report/sentences.yaml}); {@code labels}:
     * how the workbook shows codes ({@code schemas/report/labels.yaml}).
     */
    ReportWriter(Warehouse warehouse, Path reports, Presentation presentation, ReportProperties report,
                 FileMover mover, Path sentences, Path labels) {
        this(warehouse, reports, presentation, report, mover, sentences, labels, Vintages.NONE);
    }

    /** {@code vintages}: where each publication ({@link #writeYear}) is recorded, or {@link Vintages#NONE}. */
    ReportWriter(Warehouse warehouse, Path reports, Presentation presentation, ReportProperties report,
                 FileMover mover, Path sentences, Path labels, Vintages vintages) {
        this.vintages = vintages;
        this.warehouse = warehouse;
        this.reports = reports;
        this.presentation = presentation;
        this.report = report;
        this.sets = new ReportSets(reports, mover);
        this.sentences = sentences;
        this.labels = labels;
    }

    /** The default output directory: {@code <home>/reports/<year>/}. */
    public Path defaultDirectory(int year) {
        return reports.resolve(String.valueOf(year));
    }

    /**
     * Where a report for one plan or region goes by default: {@code <home>/reports/manual/<year>-<plan>-<region>/},
     * apart from the year's published set, which always holds the full report.
     */
    public Path filteredDirectory(ReportFilter filter) {
        return reports.resolve("manual").resolve(filter.year() + "-" + (filter.plan() == null ? "all" : filter.plan())
                + "-" + (filter.region() == null ? "all" : filter.region()));
    }

    /**
     * Writes the full report of the year as a new set and swaps it in as {@code <home>/reports/<year>} in one
     * rename, recording {@code builtFrom} with it and, before the swap, the year's next vintage ({@link Vintages}: a
     * publication; {@link #write}, a preview, records none), then rewrites {@code reports/index.html} (every published year);
     * returns the files, under the year's directory. Under the run lock
     * only: it sweeps the sets no year points to.
     */
    public List<Path> writeYear(int year, Set<ReportFormat> formats, String builtFrom) throws Exception {
        sets.sweep();
        Path set = sets.create(year);
        List<Path> files;
        try {
            files = writeInto(new ReportFilter(year, null, null), formats, set);
            // the vintage first: a set is never published without the record of what it printed
            vintages.record(year, files);
            sets.publish(year, set, builtFrom);
        } catch (Exception e) {
            sets.discard(set);
            throw e;
        }
        sets.sweep();
        ReportIndex.write(reports, regionName());
        return files.stream().map(f -> defaultDirectory(year).resolve(f.getFileName())).toList();
    }

    /** The root region's name, for the index of the published years. */
    private String regionName() throws Exception {
        try (Connection connection = warehouse.openReadOnly()) {
            return ReportRegion.name(connection, ReportRegion.code(connection, new ReportFilter(0, null, null)));
        }
    }

    /** The years the warehouse holds reported data for (values or assessments of a current load). */
    public SortedSet<Integer> yearsWithData() throws Exception {
        SortedSet<Integer> years = new TreeSet<>();
        try (Connection connection = warehouse.openReadOnly(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(DATA_YEARS)) {
            while (rs.next()) {
                years.add(rs.getInt(1));
            }
        }
        return years;
    }

    /**
     * Whether {@code dir} is a published set or lies inside one ({@code reports/<year>}, a hidden set), by its name
     * or once symbolic links are resolved: only {@link #writeYear} writes there, whole.
     */
    public boolean insidePublishedSet(Path dir) throws IOException {
        return sets.contains(dir);
    }

    /** What the published set of the year was built from ({@link #writeYear}); empty when unknown. */
    public Optional<String> builtFrom(int year) throws IOException {
        return sets.builtFrom(year);
    }

    /** Writes the report, file by file (see the class comment); returns the files written, in {@code outDir}. */
    public List<Path> write(ReportFilter filter, Set<ReportFormat> formats, Path outDir) throws Exception {
        Files.createDirectories(outDir);
        sweepStaging(outDir);
        Path staging = Files.createTempDirectory(outDir, STAGING_PREFIX);
        try {
            Files.createFile(staging.resolve(STAGING_MARKER));
            List<Path> written = new ArrayList<>();
            for (Path file : writeInto(filter, formats, staging)) {
                written.add(Files.move(file, outDir.resolve(file.getFileName()), StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING));
            }
            return written;
        } finally {
            ReportSets.deleteTree(staging);
        }
    }

    private List<Path> writeInto(ReportFilter filter, Set<ReportFormat> formats, Path dir) throws Exception {
        long start = System.nanoTime();
        try (Connection connection = warehouse.openReadOnly()) {
            List<ReportTable> tables = new ArrayList<>();
            for (ReportTable table : ReportTables.discover(connection)) {
                if (!report.stageTables().contains(table.name())
                        || TableRows.any(connection, table, filter, report.rowSelection())) {
                    tables.add(table);
                }
            }
            List<Path> files = new ArrayList<>();
            if (formats.contains(ReportFormat.xlsx)) {
                List<WorkbookSplit.Workbook> workbooks = WorkbookSplit.plan(connection, tables, filter,
                        report.rowSelection(), report.sheetMaxRows());
                XlsxReport xlsx = new XlsxReport(presentation, report,
                        WorkbookLabels.load(labels).withPlanNames(connection));
                for (WorkbookSplit.Workbook workbook : workbooks) {
                    Path file = dir.resolve(fileName(filter, workbook.region(), "xlsx"));
                    xlsx.write(connection, tables, filter, workbook.regions(), file);
                    files.add(file);
                }
                if (workbooks.size() > 1) {
                    log.info("report {}: {} workbooks, split along the region tree (a sheet holds at most {} rows)",
                            filter.year(), workbooks.size(), report.sheetMaxRows());
                }
            }
            if (formats.contains(ReportFormat.csv)) {
                files.addAll(new CsvReport(presentation, report.rowSelection()).write(connection, tables, filter, dir));
            }
            if (formats.contains(ReportFormat.docx)) {
                Path file = dir.resolve(fileName(filter, null, "docx"));
                new DocxReport(presentation, Sentences.load(sentences)).write(connection, filter, file);
                files.add(file);
            }
            if (formats.contains(ReportFormat.html)) {
                Path file = dir.resolve("index.html");
                new HtmlReport(presentation).write(connection, filter, file);
                files.add(file);
            }
            log.info("report {}: {} tables, {} files ({} ms)", filter.year(), tables.size(), files.size(),
                    (System.nanoTime() - start) / 1_000_000);
            return files;
        }
    }

    /**
     * {@code report-2019.xlsx}, with the plan and region when the report is limited to them; a workbook of a region's
     * subtree in a split report ({@link WorkbookSplit}) is {@code report-2019-regions-450000.xlsx}.
     */
    private static String fileName(ReportFilter filter, String subtree, String extension) {
        return "report-" + filter.year() + (filter.plan() == null ? "" : "-" + filter.plan())
                + (filter.region() == null ? "" : "-" + filter.region())
                + (subtree == null ? "" : "-regions-" + subtree) + "." + extension;
    }

    /** A staging directory a run of ours created (and was killed before removing): not a link, with the marker. */
    private static boolean isOurStaging(Path entry) {
        return entry.getFileName().toString().startsWith(STAGING_PREFIX)
                && Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)
                && Files.exists(entry.resolve(STAGING_MARKER), LinkOption.NOFOLLOW_LINKS);
    }

    private static void sweepStaging(Path outDir) throws IOException {
        try (Stream<Path> entries = Files.list(outDir)) {
            for (Path entry : entries.filter(ReportWriter::isOurStaging).toList()) {
                ReportSets.deleteTree(entry);
            }
        }
    }
}
