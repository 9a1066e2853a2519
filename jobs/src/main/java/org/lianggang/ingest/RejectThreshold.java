package org.lianggang.ingest;

/**
 * How many rejected rows a file may have while its accepted rows still load: a count, or a share of the rows read.
 * The default, zero, makes any rejected row fail the whole file.
 */
record RejectThreshold(long rows, double share) {

    static RejectThreshold parse(String text) {
        if (text == null || text.isBlank()) {
            return new RejectThreshold(0, 0);
        }
        String t = text.strip();
        if (t.endsWith("%")) {
            return new RejectThreshold(-1, Double.parseDouble(t.substring(0, t.length() - 1)) / 100);
        }
        return new RejectThreshold(Long.parseLong(t), 0);
    }

    boolean allows(long rejected, long read) {
        return rows >= 0 ? rejected <= rows : read > 0 && rejected <= share * read;
    }

    @Override
    public String toString() {
        return rows >= 0 ? rows + " row(s)" : share * 100 + "% of the rows";
    }
}
