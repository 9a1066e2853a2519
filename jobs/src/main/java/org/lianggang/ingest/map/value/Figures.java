package org.lianggang.ingest.map.value;

/** Numbers as a clerk writes them in a problem message: 19577, not 19577.0; 81.23 as it is. */
public final class Figures {

    private Figures() {
    }

    public static String plain(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
                : Double.toString(value);
    }
}
