package org.lianggang.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.lianggang.LianggangProperties;
import org.lianggang.warehouse.Warehouse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Writes the report of one year from the warehouse (opened read-only) in the requested formats. Everything is
 * written into a hidden staging directory beside the output first and each finished file is then renamed into
 * place, so a crash never leaves a half-written report; staging left by a killed run is swept at the next one.
 */
@Component
@EnableConfigurationProperties(ReportProperties.class)
public class ReportWriter {

    private static final Logger log = LoggerFactory.getLogger(ReportWriter.class);
    private static final String STAGING_PREFIX = ".staging-";

    private final Warehouse warehouse;
    private final Path reports;
    private final Presentation presentation;
    private final ReportProperties report;

    @Autowired
    public ReportWriter(Warehouse warehouse, LianggangProperties properties, ReportProperties report) {
        this(warehouse, properties.home().resolve("reports"),
                new Presentation(properties.rounding().decimals(), properties.rounding().mode()), report);
    }

    ReportWriter(Warehouse warehouse, Path reports, Presentation presentation, ReportProperties report) {
        this.warehouse = warehouse;
        this.reports = reports;
        this.presentation = presentation;
        this.report = report;
    }

    /** The default output directory: {@code <home>/reports/<year>/}. */
    public Path defaultDirectory(int year) {
        return reports.resolve(String.valueOf(year));
    }

    /** Writes the report; returns the files written, in {@code outDir}. */
    public List<Path> write(ReportFilter filter, Set<ReportFormat> formats, Path outDir) throws Exception {
        long start = System.nanoTime();
        Files.createDirectories(outDir);
        sweepStaging(outDir);
        Path staging = Files.createTempDirectory(outDir, STAGING_PREFIX);
        try (Connection connection = warehouse.openReadOnly()) {
            List<ReportTable> tables = ReportTables.discover(connection);
            List<Path> staged = new ArrayList<>();
            if (formats.contains(ReportFormat.xlsx)) {
                Path file = staging.resolve(fileName(filter, "xlsx"));
                new XlsxReport(presentation, report).write(connection, tables, filter, file);
                staged.add(file);
            }
            if (formats.contains(ReportFormat.csv)) {
                staged.addAll(new CsvReport(presentation, report.rowSelection()).write(connection, tables, filter, staging));
            }
            if (formats.contains(ReportFormat.html)) {
                Path file = staging.resolve("index.html");
                new HtmlReport(presentation).write(connection, filter, file);
                staged.add(file);
            }
            List<Path> written = new ArrayList<>();
            for (Path file : staged) {
                written.add(Files.move(file, outDir.resolve(file.getFileName()), StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING));
            }
            log.info("report {}: {} tables, {} files in {} ({} ms)", filter.year(), tables.size(), written.size(),
                    outDir, (System.nanoTime() - start) / 1_000_000);
            return written;
        } finally {
            deleteTree(staging);
        }
    }

    /** {@code report-2019.xlsx}, with the plan and region when the report is limited to them. */
    private static String fileName(ReportFilter filter, String extension) {
        return "report-" + filter.year() + (filter.plan() == null ? "" : "-" + filter.plan())
                + (filter.region() == null ? "" : "-" + filter.region()) + "." + extension;
    }

    private static void sweepStaging(Path outDir) throws IOException {
        try (Stream<Path> entries = Files.list(outDir)) {
            for (Path entry : entries.filter(p -> p.getFileName().toString().startsWith(STAGING_PREFIX)).toList()) {
                deleteTree(entry);
            }
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
