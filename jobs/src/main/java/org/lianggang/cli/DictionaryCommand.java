package org.lianggang.cli;

import java.sql.SQLException;
import java.util.concurrent.Callable;
import org.lianggang.warehouse.DataDictionary;
import org.lianggang.warehouse.Warehouse;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;

/** {@code lianggang dictionary}: prints the data dictionary of the built warehouse as Markdown. */
@Component
@Scope("prototype")
@Command(name = "dictionary", description = "Print the warehouse data dictionary (Markdown; warehouse/README.md).")
class DictionaryCommand implements Callable<Integer> {

    private final Warehouse warehouse;

    DictionaryCommand(Warehouse warehouse) {
        this.warehouse = warehouse;
    }

    @Override
    public Integer call() throws SQLException {
        System.out.print(new DataDictionary(warehouse).markdown());
        return ExitCodes.OK;
    }
}
