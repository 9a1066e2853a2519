package org.lianggang.ingest.read.csv;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether a text export is comma- or tab-separated, by its lines, whatever its name: Excel's "文本文件(制表符分隔)"
 * (GBK) and "Unicode 文本" (UTF-16) and many reporting platforms' "导出 Excel" write tab-separated text named .txt or
 * .xls. Each of the first lines votes for the character it holds more of; tabs win only with more votes, so a CSV
 * with a tab pasted into a cell stays a CSV. A tab-separated row holds a tab between every two cells, and a comma
 * only in a figure written with thousand separators (6,443), which cannot outnumber its tabs unless most figures
 * reach a million; a file split at the wrong character finds no header and is refused, never loaded askew.
 */
final class FieldDelimiter {

    static final char COMMA = ',';
    static final char TAB = '\t';
    private static final int SAMPLE_BYTES = 1 << 16;
    private static final int VOTING_LINES = 100;

    private FieldDelimiter() {
    }

    static char of(Path file, Charset charset) throws IOException {
        byte[] sample;
        try (InputStream in = Files.newInputStream(file)) {
            sample = in.readNBytes(SAMPLE_BYTES);
        }
        String text = charset.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE).decode(ByteBuffer.wrap(sample)).toString();
        return of(text);
    }

    static char of(String text) {
        int tabVotes = 0;
        int commaVotes = 0;
        int lines = 0;
        int tabs = 0;
        int commas = 0;
        for (int i = 0; i <= text.length() && lines < VOTING_LINES; i++) {
            char c = i < text.length() ? text.charAt(i) : '\n';
            if (c == '\n' || c == '\r') {
                if (tabs > 0 || commas > 0) {
                    tabVotes += tabs > commas ? 1 : 0;
                    commaVotes += commas > tabs ? 1 : 0;
                    lines++;
                }
                tabs = 0;
                commas = 0;
            } else if (c == TAB) {
                tabs++;
            } else if (c == COMMA) {
                commas++;
            }
        }
        return tabVotes > commaVotes ? TAB : COMMA;
    }
}
