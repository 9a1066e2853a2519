package org.lianggang.ingest.read.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lianggang.ingest.problem.InputRejectedException;
import org.lianggang.ingest.problem.Problem;
import org.lianggang.ingest.read.row.ExportRow;

/**
 * The byte-level reader against Commons CSV over strictly decoded text (the reader it replaced, kept for other
 * charsets): for the corpus and for thousands of generated files, both give the same rows, row numbers and cells,
 * and the same refusal (code, row, message) after the same rows. Small blocks put cells, characters, CRLFs and
 * doubled quotes across block boundaries.
 */
class ByteCsvRecordsTest {

    private static final Path CORPUS = Path.of("src/test/resources/corpus");
    private static final Charset GBK = Charset.forName("GBK");
    private static final Charset GB2312 = Charset.forName("GB2312");
    private static final List<Charset> CHARSETS = List.of(StandardCharsets.UTF_8, GBK, TextDecoding.GB18030, GB2312);
    private static final int[] BLOCKS = {1, 2, 3, 5, 8, 13, 64, ByteCsvRecords.BLOCK_BYTES};
    private static final String[] CELLS = {"", "", "450202", "450226000000", "合计", "女", "城镇", "2019", "0-4岁",
        "65岁及以上", "live_births", " ", "a b", "12.5", "7,919", "-", "x\"y", "\"", "a\"\"b", "𠮷", "㐂地区", "柳南区",
        "\u3000", "é", "tab\there", "line\nbreak", "cr\rhere", "crlf\r\nhere", "\"quoted\"", ",", " lead"};

    @TempDir
    Path dir;

    @Test
    void corpusFilesReadTheSame() throws IOException {
        List<Path> files;
        try (Stream<Path> listed = Files.list(CORPUS)) {
            files = listed.filter(file -> file.toString().endsWith(".csv")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThan(30);
        for (Path file : files) {
            Charset charset = decoding(file).charset();
            for (int block : BLOCKS) {
                assertSameOutcome(file, charset, block, file.getFileName().toString());
            }
        }
    }

    @Test
    void generatedFilesReadTheSame() throws IOException {
        Random random = new Random(20261123);
        for (int n = 0; n < 4000; n++) {
            Charset charset = CHARSETS.get(random.nextInt(CHARSETS.size()));
            byte[] bytes = damaged(generated(random, charset), random, charset);
            Path file = dir.resolve("generated-" + n + ".csv");
            Files.write(file, bytes);
            int block = BLOCKS[random.nextInt(BLOCKS.length)];
            assertSameOutcome(file, charset, block, charset + " block " + block + ": " + escaped(bytes));
        }
    }

    /** Tab-separated text (Excel's "文本文件(制表符分隔)"): commas are text, tabs split cells, quotes as in CSV. */
    @Test
    void generatedTabSeparatedFilesReadTheSame() throws IOException {
        Random random = new Random(20261202);
        for (int n = 0; n < 1500; n++) {
            Charset charset = CHARSETS.get(random.nextInt(CHARSETS.size()));
            byte[] bytes = damaged(generated(random, charset, '\t'), random, charset);
            Path file = dir.resolve("generated-" + n + ".txt");
            Files.write(file, bytes);
            int block = BLOCKS[random.nextInt(BLOCKS.length)];
            assertSameOutcome(file, charset, '\t', block, "tab, " + charset + " block " + block + ": "
                    + escaped(bytes));
        }
    }

    /** The edges, written out: where the two readers could most easily part. */
    @Test
    void awkwardFilesReadTheSame() throws IOException {
        byte[] gbk = "柳南区".getBytes(GBK);
        List<byte[]> files = List.of(bytes(), bytes(0xEF, 0xBB, 0xBF), bytes('\n'), bytes('\r', '\n'), bytes('\r'),
                bytes(','), "\"\",\"\"".getBytes(StandardCharsets.UTF_8), "a,b\nc".getBytes(StandardCharsets.UTF_8),
                "a,b\nc\n".getBytes(StandardCharsets.UTF_8), "\" a \"  ,b\r\n".getBytes(StandardCharsets.UTF_8),
                "\"a\"\u3000,b\n".getBytes(StandardCharsets.UTF_8), "a\"b,\"c\"\"d\"\n".getBytes(StandardCharsets.UTF_8),
                "x\n\"abc".getBytes(StandardCharsets.UTF_8), "x\n\"a\"\"".getBytes(StandardCharsets.UTF_8),
                joined("x\n\"ab".getBytes(StandardCharsets.UTF_8), gbk, "c".getBytes(StandardCharsets.UTF_8)),
                joined("\"a\"x,中".getBytes(StandardCharsets.UTF_8), gbk, bytes('\n')),
                joined("\"a\"\"".getBytes(StandardCharsets.UTF_8), gbk, bytes('"', '\n')),
                joined("a\r".getBytes(StandardCharsets.UTF_8), gbk, bytes('\n')),
                joined("\"a\"\r".getBytes(StandardCharsets.UTF_8), gbk, bytes('\n')),
                joined("a\r\n".getBytes(StandardCharsets.UTF_8), gbk, bytes('\n')),
                joined("a\r".getBytes(StandardCharsets.UTF_8), bytes(0xE4, 0xB8)),
                joined("a,".getBytes(StandardCharsets.UTF_8), bytes(0xE4, ',', 0xB8, 0xAD)));
        for (int n = 0; n < files.size(); n++) {
            Path file = dir.resolve("awkward-" + n + ".csv");
            Files.write(file, files.get(n));
            for (Charset charset : List.of(StandardCharsets.UTF_8, TextDecoding.GB18030)) {
                for (int block : BLOCKS) {
                    assertSameOutcome(file, charset, block, charset + " block " + block + ": " + escaped(files.get(n)));
                }
            }
        }
    }

    @Test
    void cellsAcrossMegabyteBlocksReadTheSame() throws IOException {
        Random random = new Random(7);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        while (out.size() < 3 * ByteCsvRecords.BLOCK_BYTES + 1000) {
            out.writeBytes(generated(random, TextDecoding.GB18030));
        }
        Path file = dir.resolve("large.csv");
        Files.write(file, out.toByteArray());
        assertSameOutcome(file, TextDecoding.GB18030, ByteCsvRecords.BLOCK_BYTES, "large GB18030 file");
    }

    @Test
    void onlyCharsetsWithoutAsciiBytesInsideCharactersAreSplitAtBytes() {
        assertThat(CHARSETS).allMatch(ByteCsvRecords::reads);
        assertThat(Stream.of("UTF-16", "UTF-16LE", "windows-1252", "Big5", "Shift_JIS", "ISO-2022-CN")
                .map(Charset::forName)).noneMatch(ByteCsvRecords::reads);
    }

    @Test
    void repeatedShortCellsAreOneString() throws IOException {
        Path file = dir.resolve("repeats.csv");
        Files.writeString(file, "450202,合计,女\n450202,合计,女\n");
        List<ExportRow> rows = outcome(file, StandardCharsets.UTF_8, new ByteCsvRecords(file, StandardCharsets.UTF_8))
                .rows();
        for (int cell = 0; cell < 3; cell++) {
            assertThat(rows.get(1).cells().get(cell)).isSameAs(rows.get(0).cells().get(cell));
        }
    }

    private void assertSameOutcome(Path file, Charset charset, int block, String what) throws IOException {
        assertSameOutcome(file, charset, ',', block, what);
    }

    private void assertSameOutcome(Path file, Charset charset, char delimiter, int block, String what)
            throws IOException {
        Outcome expected = outcome(file, charset, new CommonsCsvRecords(file, charset, delimiter));
        Outcome actual = outcome(file, charset, new ByteCsvRecords(file, charset, delimiter, block));
        assertThat(actual.problems()).as(what).isEqualTo(expected.problems());
        assertThat(actual.rows()).as(what).isEqualTo(expected.rows());
    }

    private static Outcome outcome(Path file, Charset charset, CsvRecords records) throws IOException {
        List<ExportRow> rows = new ArrayList<>();
        try (CsvExport export = new CsvExport(file, new TextDecoding(charset, "given in the test"), records)) {
            for (Iterator<ExportRow> it = export.rows(); it.hasNext(); ) {
                rows.add(it.next());
            }
            return new Outcome(rows, List.of());
        } catch (InputRejectedException e) {
            return new Outcome(rows, e.problems());
        }
    }

    /** The corpus's mojibake files are refused before reading; their bytes are still UTF-8 to read. */
    private static TextDecoding decoding(Path file) throws IOException {
        try {
            return TextDecoding.of(file, null);
        } catch (InputRejectedException e) {
            return new TextDecoding(StandardCharsets.UTF_8, "refused by detection");
        }
    }

    /**
     * A small CSV file: random cells, quoted when they must be and sometimes when not, stray quotes, spaces after a
     * closing quote, empty lines, LF, CRLF and lone CR line ends, maybe a byte-order mark or a final line break.
     */
    private static byte[] generated(Random random, Charset charset) {
        return generated(random, charset, ',');
    }

    private static byte[] generated(Random random, Charset charset, char delimiter) {
        StringBuilder text = new StringBuilder(random.nextInt(4) == 0 ? "\uFEFF" : "");
        int records = random.nextInt(12);
        for (int r = 0; r < records; r++) {
            int cells = random.nextInt(7) == 0 ? 1 : 1 + random.nextInt(6);
            for (int c = 0; c < cells; c++) {
                text.append(c == 0 ? "" : delimiter).append(cell(random, charset, delimiter));
            }
            boolean last = r == records - 1;
            if (!last || random.nextBoolean()) {
                text.append(List.of("\n", "\r\n", "\r").get(random.nextInt(3)));
            }
        }
        return text.toString().getBytes(charset);
    }

    private static String cell(Random random, Charset charset, char delimiter) {
        String cell;
        do {
            cell = CELLS[random.nextInt(CELLS.length)];
        } while (!charset.newEncoder().canEncode(cell));
        boolean mustQuote = cell.matches("(?s).*[\r\n].*") || cell.indexOf(delimiter) >= 0 || cell.startsWith("\"");
        if (!mustQuote && random.nextInt(4) != 0) {
            return cell;
        }
        String quoted = "\"" + cell.replace("\"", "\"\"") + "\"";
        return switch (random.nextInt(60)) {
            case 0 -> quoted + "  ";
            case 1 -> quoted + "\t";
            case 2 -> quoted + "x";
            default -> quoted;
        };
    }

    /**
     * Now and then the kinds of damage a file arrives with: bytes not valid in its charset (a GBK row pasted into a
     * UTF-8 file, a stray byte, a character cut in half) and a file cut short anywhere.
     */
    private static byte[] damaged(byte[] bytes, Random random, Charset charset) {
        byte[] result = bytes;
        if (random.nextInt(4) == 0) {
            byte[][] bad = {{(byte) 0xFF}, {(byte) 0x80}, {(byte) 0xE4}, {(byte) 0x81}, {(byte) 0x81, 0x30},
                "柳南区".getBytes(charset == StandardCharsets.UTF_8 ? GBK : StandardCharsets.UTF_8)};
            result = inserted(result, bad[random.nextInt(bad.length)], random.nextInt(result.length + 1));
        }
        if (random.nextInt(5) == 0 && result.length > 0) {
            result = java.util.Arrays.copyOf(result, random.nextInt(result.length));
        }
        return result;
    }

    private static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }

    private static byte[] joined(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    private static byte[] inserted(byte[] bytes, byte[] inserted, int at) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(bytes, 0, at);
        out.writeBytes(inserted);
        out.write(bytes, at, bytes.length - at);
        return out.toByteArray();
    }

    private static String escaped(byte[] bytes) {
        StringBuilder out = new StringBuilder();
        for (byte b : bytes) {
            out.append(b >= 0x20 && b < 0x7F ? String.valueOf((char) b) : String.format("\\x%02X", b & 0xFF));
        }
        return out.toString();
    }

    private record Outcome(List<ExportRow> rows, List<Problem> problems) {
    }
}
