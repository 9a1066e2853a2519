package org.lianggang.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.lianggang.Messages;
import org.lianggang.LianggangProperties;
import org.lianggang.catalog.Catalog;
import org.lianggang.catalog.CatalogException;
import org.lianggang.catalog.CatalogLoader;
import org.lianggang.warehouse.ModelDocsCheck;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code lianggang check [--schemas DIR]}: reads every file of {@code schemas/} (and of the directories of
 * {@code lianggang.extra-schemas}, composed with it) as the application does at start
 * and reports each mistake as {@code file:line:column: message}; then, if they are sound, the model docs of the
 * warehouse directory the build uses ({@code lianggang.models}), as far as they can be checked without a database.
 * Runs before Spring, so it needs no home.
 */
@Component
@Scope("prototype")
@Command(name = "check")
class CheckCommand implements Callable<Integer>, RunsWithoutSpring {

    @Spec
    CommandSpec spec;

    /** Null when the command runs before Spring. */
    private final LianggangProperties properties;

    @Option(names = "--schemas", paramLabel = "DIR")
    Path schemas;

    CheckCommand(LianggangProperties properties) {
        this.properties = properties;
    }

    @Override
    public Integer call() {
        return check(schemas != null ? schemas : properties.schemas(), properties.extraSchemas(),
                properties.regions().root(), properties.models());
    }

    @Override
    public int runWithoutSpring(StartupSettings settings) {
        return check(schemas != null ? schemas : settings.schemas(), settings.extraSchemas(), settings.regionRoot(),
                settings.models());
    }

    private int check(Path dir, List<Path> extra, String root, Path models) {
        try {
            Catalog catalog = new CatalogLoader().load(dir, extra, root);
            spec.commandLine().getOut().println(Messages.text("check.ok",
                    extra.isEmpty() ? dir : dir + " + " + extra.stream().map(Path::toString)
                            .collect(Collectors.joining(" + ")),
                    catalog.plans().size(), catalog.monitored().size(),
                    catalog.indicators().count(), catalog.elements().size(), catalog.sources().size(),
                    catalog.regions().knownCount(), catalog.regions().root().code(), catalog.regions().all().size()));
            spec.commandLine().getOut().println(ModelDocsCheck.summary(models));
            return ExitCode.OK.code();
        } catch (CatalogException e) {
            spec.commandLine().getOut().println(e.block());
            return ExitCode.CONFIGURATION.code();
        }
    }
}
