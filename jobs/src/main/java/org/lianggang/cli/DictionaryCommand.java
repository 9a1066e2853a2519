package org.lianggang.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import org.lianggang.report.DataDictionary;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code lianggang dictionary [--out FILE]}: the data dictionary as Markdown, from the warehouse's comments. */
@Component
@Scope("prototype")
@Command(name = "dictionary", description = "Print the data dictionary (Markdown) from the warehouse's table and"
        + " column comments.")
class DictionaryCommand implements Callable<Integer> {

    private final DataDictionary dictionary;

    @Option(names = "--out", paramLabel = "FILE", description = "write to FILE (e.g. warehouse/README.md)")
    Path out;

    DictionaryCommand(DataDictionary dictionary) {
        this.dictionary = dictionary;
    }

    @Override
    public Integer call() throws Exception {
        if (out == null) {
            dictionary.write(new PrintWriter(System.out, true, StandardCharsets.UTF_8));
            return ExitCodes.OK;
        }
        Path target = out.toAbsolutePath();
        Path temp = Files.createTempFile(target.getParent(), ".dictionary-", ".md");
        try (PrintWriter writer = new PrintWriter(Files.newBufferedWriter(temp, StandardCharsets.UTF_8))) {
            dictionary.write(writer);
        }
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        System.out.println("wrote " + target);
        return ExitCodes.OK;
    }
}
