package org.lianggang.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.lianggang.warehouse.BuildLauncher;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;

/** {@code lianggang build}: rebuilds the warehouse from the lake and swaps it in. */
@Component
@Scope("prototype")
@Command(name = "build", description = "Rebuild the DuckDB warehouse from the lake (new file, data tests, swap).")
class BuildCommand implements Callable<Integer> {

    private final BuildLauncher launcher;

    BuildCommand(BuildLauncher launcher) {
        this.launcher = launcher;
    }

    @Override
    public Integer call() {
        List<String> failures = launcher.build();
        if (failures.isEmpty()) {
            System.out.println("warehouse built");
            return ExitCodes.OK;
        }
        failures.forEach(System.err::println);
        return ExitCodes.FAILED;
    }
}
