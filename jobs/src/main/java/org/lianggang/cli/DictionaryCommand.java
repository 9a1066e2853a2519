package org.lianggang.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import org.lianggang.Messages;
import org.lianggang.warehouse.DataDictionary;
import org.lianggang.warehouse.Warehouse;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code lianggang dictionary [--out FILE]}: the data dictionary as Markdown, from the warehouse's comments. Runs
 * before Spring: it runs no job.
 */
@Component
@Scope("prototype")
@Command(name = "dictionary")
class DictionaryCommand implements Callable<Integer>, HomeWrites, RunsWithoutSpring {

    @Spec
    CommandSpec spec;

    /** The dictionary is printed, or written to {@code --out}: only a file under the home changes it. */
    @Override
    public boolean writesTo(Path home) {
        return out != null && out.toAbsolutePath().normalize().startsWith(home);
    }

    /** Null when the command runs before Spring. */
    private final Warehouse warehouse;

    @Option(names = "--out", paramLabel = "FILE")
    Path out;

    DictionaryCommand(Warehouse warehouse) {
        this.warehouse = warehouse;
    }

    @Override
    public Integer call() throws Exception {
        return write(warehouse);
    }

    @Override
    public int runWithoutSpring(StartupSettings settings) throws Exception {
        return write(settings.warehouse());
    }

    @Override
    public boolean readsHome() {
        return true;
    }

    private int write(Warehouse warehouse) throws Exception {
        String markdown = new DataDictionary(warehouse).markdown();
        if (out == null) {
            spec.commandLine().getOut().print(markdown);
            return ExitCode.OK.code();
        }
        Path target = out.toAbsolutePath();
        Path temp = Files.createTempFile(target.getParent(), ".dictionary-", ".md");
        Files.writeString(temp, markdown, StandardCharsets.UTF_8);
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        spec.commandLine().getOut().println(Messages.text("dictionary.wrote", target));
        return ExitCode.OK.code();
    }
}
