package org.lianggang.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import org.lianggang.Messages;
import org.lianggang.LianggangProperties;
import org.lianggang.catalog.Catalog;
import org.lianggang.catalog.CatalogException;
import org.lianggang.catalog.CatalogLoader;
import org.lianggang.catalog.Regions;
import org.lianggang.catalog.SourceLayout;
import org.lianggang.template.FillInTemplate;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code lianggang template [--source ID] --year YYYY [--out DIR]}: the departments' fill-in forms, one .xlsx per
 * source layout (or the one named). Reads schemas/ only, so it runs before Spring and needs no data.
 */
@Component
@Scope("prototype")
@Command(name = "template")
class TemplateCommand implements Callable<Integer>, RunsWithoutSpring {

    @Spec
    CommandSpec spec;

    /** Null when the command runs before Spring. */
    private final LianggangProperties properties;

    @Option(names = "--source", paramLabel = "ID")
    String source;

    @Option(names = "--year", required = true, paramLabel = "YYYY", converter = YearConverter.class)
    int year;

    @Option(names = "--out", paramLabel = "DIR")
    Path out;

    TemplateCommand(LianggangProperties properties) {
        this.properties = properties;
    }

    @Override
    public Integer call() throws IOException {
        return write(properties.schemas(), properties.extraSchemas(), properties.home());
    }

    @Override
    public int runWithoutSpring(StartupSettings settings) {
        try {
            return write(settings.schemas(), settings.extraSchemas(), settings.home());
        } catch (IOException e) {
            spec.commandLine().getErr().println(Messages.text("error", Messages.text("template.failed",
                    e.getMessage())));
            return ExitCode.FAILED.code();
        }
    }

    private int write(Path schemas, List<Path> extraSchemas, Path home) throws IOException {
        Catalog catalog;
        try {
            catalog = new CatalogLoader().load(schemas, extraSchemas, Regions.DEFAULT_ROOT);
        } catch (CatalogException e) {
            spec.commandLine().getOut().println(e.block());
            return ExitCode.CONFIGURATION.code();
        }
        List<SourceLayout> layouts;
        if (source == null) {
            layouts = List.copyOf(catalog.sources().values());
        } else if (catalog.source(source).isPresent()) {
            layouts = List.of(catalog.requireSource(source));
        } else {
            spec.commandLine().getErr().println(Messages.text("error", catalog.unknownSource(source)));
            return ExitCode.USAGE.code();
        }
        Path dir = (out != null ? out : home.resolve("templates")).toAbsolutePath().normalize();
        Files.createDirectories(dir);
        FillInTemplate template = new FillInTemplate(catalog);
        for (SourceLayout layout : layouts.stream().sorted(Comparator.comparing(SourceLayout::id)).toList()) {
            Path file = FillInTemplate.fileIn(dir, layout, year);
            int rows = template.write(layout, year, file);
            spec.commandLine().getOut().println(Messages.text("template.wrote", Messages.pick(layout.name(),
                    layout.id()), rows, file));
        }
        return ExitCode.OK.code();
    }
}
