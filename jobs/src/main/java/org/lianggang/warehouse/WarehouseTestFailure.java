package org.lianggang.warehouse;

import java.util.List;

/** A data test under warehouse/tests returned rows; the new warehouse was discarded and the old one kept. */
public class WarehouseTestFailure extends RuntimeException {

    public WarehouseTestFailure(List<String> failures) {
        super("warehouse data tests failed; the previous warehouse is kept:\n  " + String.join("\n  ", failures));
    }
}
