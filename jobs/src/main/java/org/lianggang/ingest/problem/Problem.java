package org.lianggang.ingest.problem;

/**
 * One problem in an input file, printed as {@code file:row:column: CODE message [cell]}. Row is the 1-based line
 * of the file (0 for the whole file); column is the header text, or empty for the whole row or file.
 */
public record Problem(ProblemCode code, String file, long row, String column, String cellText, String message) {

    public static Problem ofFile(ProblemCode code, String file, String message) {
        return new Problem(code, file, 0, "", null, message);
    }

    @Override
    public String toString() {
        String cell = cellText == null ? "" : " [" + cellText + "]";
        return file + ":" + row + ":" + column + ": " + code + " " + message + cell;
    }
}
