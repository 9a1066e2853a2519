package org.lianggang.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.lianggang.LianggangProperties;
import org.lianggang.catalog.Catalog;
import org.lianggang.catalog.CatalogException;
import org.lianggang.catalog.CatalogLoader;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code lianggang check [--schemas DIR]}: reads every file of {@code schemas/} (and of the directories of
 * {@code lianggang.extra-schemas}, composed with it) as the application does at start
 * and reports each mistake as {@code file:line:column: message}. Runs before Spring, so it needs no home.
 */
@Component
@Scope("prototype")
@Command(name = "check", description = "检查 schemas/（规划、数据项、导出格式、地区），不读写运行目录 · Validate "
        + "schemas/ (plans, elements, layouts, regions) without touching the home; exit 5 on a configuration error.")
class CheckCommand implements Callable<Integer>, RunsWithoutSpring {

    /** Null when the command runs before Spring. */
    private final LianggangProperties properties;

    @Option(names = "--schemas", paramLabel = "DIR",
            description = "the schemas directory (default: lianggang.schemas; the launcher passes this repository's)")
    Path schemas;

    CheckCommand(LianggangProperties properties) {
        this.properties = properties;
    }

    @Override
    public Integer call() {
        return check(schemas != null ? schemas : properties.schemas(), properties.extraSchemas(),
                properties.regions().root());
    }

    @Override
    public int runWithoutSpring(StartupSettings settings) {
        return check(schemas != null ? schemas : settings.schemas(), settings.extraSchemas(), settings.regionRoot());
    }

    private static int check(Path dir, List<Path> extra, String root) {
        try {
            Catalog catalog = new CatalogLoader().load(dir, extra, root);
            System.out.printf("schemas 正常 · OK (%s): %d 个规划 plans（监测 %d 个 monitored）, %d 项指标 indicators, "
                    + "%d 个数据项 elements, %d 个导出格式 layouts, %d 个地区 regions (根 root %s: %d)%n",
                    extra.isEmpty() ? dir : dir + " + " + extra.stream().map(Path::toString)
                            .collect(Collectors.joining(" + ")),
                    catalog.plans().size(), catalog.monitored().size(),
                    catalog.indicators().count(), catalog.elements().size(), catalog.sources().size(),
                    catalog.regions().knownCount(), catalog.regions().root().code(), catalog.regions().all().size());
            return ExitCodes.OK;
        } catch (CatalogException e) {
            System.out.println(e.block());
            return ExitCodes.CONFIGURATION;
        }
    }
}
