package org.lianggang.ingest.read.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lianggang.ingest.problem.InputRejectedException;
import org.lianggang.ingest.problem.Problem;
import org.lianggang.ingest.problem.ProblemCode;
import org.lianggang.ingest.read.row.ExportRow;
import org.lianggang.ingest.read.row.TabularFile;

/**
 * Each test writes the bytes a clerk's machine would have written, opens them through {@link TextExports} as the
 * ingest does, and reads the rows back.
 */
class TextDecodingTest {

    private static final Charset GBK = Charset.forName("GBK");
    private static final Charset UTF_8 = StandardCharsets.UTF_8;
    private static final List<String> HEADER = List.of("地区代码", "地区", "年份", "活产数");
    private static final String EXPORT = String.join(",", HEADER) + "\r\n"
            + "450102,兴宁区,2019,4512\r\n"
            + "450103,青秀区,2019,3987\r\n"
            + "合计,,2019,8499\r\n";
    private static final Path SCHEMAS = Path.of("../schemas");

    @TempDir
    Path dir;

    @Test
    void utf8WithoutByteOrderMarkIsDetected() throws IOException {
        Path file = write("utf8.csv", EXPORT.getBytes(UTF_8));

        assertThat(TextDecoding.of(file, null).charset()).isEqualTo(UTF_8);
        assertThat(rows(file, null)).first().isEqualTo(HEADER);
        assertThat(rows(file, null)).element(2).isEqualTo(List.of("450103", "青秀区", "2019", "3987"));
    }

    @Test
    void utf8ByteOrderMarkChoosesUtf8AndIsNotPartOfTheFirstHeader() throws IOException {
        Path file = write("utf8-bom.csv", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                EXPORT.getBytes(UTF_8)));

        assertThat(TextDecoding.of(file, null).reason()).isEqualTo("按 UTF-8 字节顺序标记确定");
        assertThat(rows(file, null)).first().isEqualTo(HEADER);
    }

    @Test
    void excelCsvFromChineseWindowsIsReadAsGb18030() throws IOException {
        Path file = write("gbk.csv", EXPORT.getBytes(GBK));

        assertThat(TextDecoding.of(file, null).charset()).isEqualTo(TextDecoding.GB18030);
        assertThat(rows(file, null)).first().isEqualTo(HEADER);
        assertThat(rows(file, null)).element(1).isEqualTo(List.of("450102", "兴宁区", "2019", "4512"));
    }

    @Test
    void charactersOnlyGb18030HasAreRead() throws IOException {
        // 䶮 (CJK Ext. A) and 𠮷 (Ext. B) are in names; GBK has neither, GB18030 gives them four bytes.
        String rare = "䶮𠮷村";
        assertThat(GBK.newEncoder().canEncode(rare)).isFalse();
        Path file = write("gb18030.csv", (EXPORT + "450104," + rare + ",2019,12\r\n").getBytes(TextDecoding.GB18030));

        assertThat(rows(file, null)).first().isEqualTo(HEADER);
        assertThat(rows(file, null)).last().isEqualTo(List.of("450104", rare, "2019", "12"));
    }

    @Test
    void anEncodingGivenExplicitlyWinsOverDetection() throws IOException {
        // Big5 bytes also pass as GB18030, into nonsense; only the given encoding reads them right.
        Charset big5 = Charset.forName("Big5");
        String traditional = "地區代碼,地區,年份,活產數\r\n450102,興寧區,2019,4512\r\n";
        Path file = write("big5.csv", traditional.getBytes(big5));

        assertThat(TextDecoding.of(file, null).charset()).isEqualTo(TextDecoding.GB18030);
        assertThat(rows(file, null)).first().isNotEqualTo(List.of("地區代碼", "地區", "年份", "活產數"));
        assertThat(TextDecoding.of(file, "Big5").charset()).isEqualTo(big5);
        assertThat(rows(file, "Big5")).first().isEqualTo(List.of("地區代碼", "地區", "年份", "活產數"));
        assertThat(rows(file, " big5 ")).element(1).isEqualTo(List.of("450102", "興寧區", "2019", "4512"));
    }

    @Test
    void aUtf8CharacterCutByTheEndOfThePrefixIsNotAnError() throws IOException {
        Path file = write("long-utf8.csv", straddling(UTF_8, "青秀区", 1));
        byte[] bytes = Files.readAllBytes(file);
        assertThat(Arrays.copyOfRange(bytes, TextDecoding.PREFIX_BYTES - 1, TextDecoding.PREFIX_BYTES + 2))
                .as("青 across the end of the prefix").isEqualTo("青".getBytes(UTF_8));

        assertThat(TextDecoding.of(file, null).charset()).isEqualTo(UTF_8);
        List<List<String>> rows = rows(file, null);
        assertThat(rows).first().isEqualTo(HEADER);
        assertThat(rows).last().isEqualTo(List.of("450103", "青秀区", "2019", "3987"));
    }

    @Test
    void aGb18030CharacterCutByTheEndOfThePrefixIsNotAnError() throws IOException {
        Path file = write("long-gb18030.csv", straddling(TextDecoding.GB18030, "𠮷村", 2));
        byte[] bytes = Files.readAllBytes(file);
        byte[] rare = "𠮷".getBytes(TextDecoding.GB18030);
        assertThat(rare).hasSize(4);
        assertThat(Arrays.copyOfRange(bytes, TextDecoding.PREFIX_BYTES - 2, TextDecoding.PREFIX_BYTES + 2))
                .as("𠮷 across the end of the prefix").isEqualTo(rare);

        assertThat(TextDecoding.of(file, null).charset()).isEqualTo(TextDecoding.GB18030);
        assertThat(rows(file, null)).last().isEqualTo(List.of("450103", "𠮷村", "2019", "3987"));
    }

    @Test
    void utf8OpenedAsGbkAndSavedAgainAsUtf8IsRefused() throws IOException {
        // Notepad or a web form shows 鍦板尯浠ｇ爜 for 地区代码; the clerk saves what is shown.
        String garbled = new String(EXPORT.getBytes(UTF_8), GBK);
        Path file = write("utf8-as-gbk.csv", garbled.getBytes(UTF_8));

        assertRefusedAsGarbled(file, null);
    }

    @Test
    void utf8OpenedAsGbkWithQuestionMarksAndSavedAsGbkIsRefused() throws IOException {
        // Some tools write ? instead of U+FFFD where a byte was left over; saved in GBK it even passes as GB18030.
        String garbled = new String(EXPORT.getBytes(UTF_8), GBK).replace('\uFFFD', '?');
        Path file = write("utf8-as-gbk-saved-gbk.csv", garbled.getBytes(GBK));

        assertThat(garbled).startsWith("鍦板尯浠ｇ爜");
        assertRefusedAsGarbled(file, null);
    }

    @Test
    void utf8OpenedAsLatin1AndSavedAgainAsUtf8IsRefused() throws IOException {
        String garbled = new String(EXPORT.getBytes(UTF_8), StandardCharsets.ISO_8859_1);
        Path file = write("utf8-as-latin1.csv", garbled.getBytes(UTF_8));

        assertRefusedAsGarbled(file, null);
    }

    @Test
    void replacementCharactersReadAsGbkAreRefused() throws IOException {
        // 锟斤拷: U+FFFD written as UTF-8 (EF BF BD EF BF BD) and read back as GBK.
        Path file = write("kunjinkao.csv", (EXPORT + "450104,锟斤拷锟斤拷,2019,12\r\n").getBytes(GBK));

        assertRefusedAsGarbled(file, null);
    }

    @Test
    void anEncodingGivenExplicitlyStillLetsNoMojibakeIn() throws IOException {
        Path file = write("utf8-given-gbk.csv", EXPORT.getBytes(UTF_8));

        Problem problem = refusal(file, "GBK");
        assertThat(problem.code()).isEqualTo(ProblemCode.WRONG_ENCODING);
        assertThat(problem.message()).contains("GBK", "--encoding");
    }

    @Test
    void plainAsciiIsReadAsUtf8() throws IOException {
        Path file = write("ascii.csv", "code,year,births\r\n450102,2019,4512\r\n".getBytes(StandardCharsets.US_ASCII));

        assertThat(TextDecoding.of(file, null)).isEqualTo(new TextDecoding(UTF_8, "识别为：只有 ASCII"));
        assertThat(rows(file, null)).containsExactly(List.of("code", "year", "births"),
                List.of("450102", "2019", "4512"));
    }

    @Test
    void anUnknownEncodingNameIsNamedInTheProblem() throws IOException {
        Path file = write("any.csv", EXPORT.getBytes(UTF_8));

        for (String name : List.of("GBK2312", "GB 2312")) {
            Problem problem = refusal(file, name);
            assertThat(problem.code()).isEqualTo(ProblemCode.FILE_UNREADABLE);
            assertThat(problem.file()).isEqualTo("any.csv");
            assertThat(problem.message()).contains("“" + name + "”");
        }
    }

    @Test
    void excelUnicodeTextIsReadAsUtf16TabSeparated() throws IOException {
        Path utf16 = write("unicode-text.csv", concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                EXPORT.replace(',', '\t').getBytes(StandardCharsets.UTF_16LE)));

        assertThat(TextDecoding.of(utf16, null).charset()).isEqualTo(StandardCharsets.UTF_16);
        assertThat(TextDecoding.of(utf16, null).reason()).contains("UTF-16 字节顺序标记", "Unicode 文本");
        assertThat(rows(utf16, null)).isEqualTo(rows(write("same.csv", EXPORT.getBytes(UTF_8)), null));
    }

    @Test
    void tabSeparatedTextIsSplitAtItsTabsInEveryEncodingWithCommasKeptInTheCells() throws IOException {
        String tsv = EXPORT.replace(',', '\t').replace("4512", "\"4,512\"").replace("3987", "3,987");
        List<List<String>> expected = new ArrayList<>(rows(write("same.csv", EXPORT.getBytes(UTF_8)), null));
        expected.set(1, List.of("450102", "兴宁区", "2019", "4,512"));
        expected.set(2, List.of("450103", "青秀区", "2019", "3,987"));

        for (Charset charset : List.of(GBK, UTF_8)) {
            Path file = write("tab-" + charset.name() + ".txt", tsv.getBytes(charset));
            assertThat(rows(file, null)).as(charset.name()).isEqualTo(expected);
        }
    }

    @Test
    void aCsvWithTabsInsideSomeCellsStaysACsv() {
        assertThat(FieldDelimiter.of(EXPORT.replace("兴宁区", "兴宁\t区"))).isEqualTo(FieldDelimiter.COMMA);
        assertThat(FieldDelimiter.of(EXPORT)).isEqualTo(FieldDelimiter.COMMA);
        assertThat(FieldDelimiter.of("标题\t\t\t\r\n" + EXPORT.replace(',', '\t').replace("4512", "1,234,567")))
                .isEqualTo(FieldDelimiter.TAB);
    }

    /**
     * ASCII decides nothing: a GBK export whose first MiB is ASCII only (a header and rows of codes, then the rows
     * Excel kept) is read as GBK from its first Chinese bytes, not refused as a file that mixes encodings.
     */
    @Test
    void aGbkFileWhoseFirstMibIsAsciiIsDecidedOnItsFirstNonAsciiBytes() throws IOException {
        String ascii = "code,year,value\r\n" + "450102,2019,4512\r\n".repeat(70_000);
        byte[] bytes = concat(ascii.getBytes(GBK), "450103,青秀区,3987\r\n".getBytes(GBK));
        assertThat(ascii.length()).isGreaterThan(TextDecoding.PREFIX_BYTES);
        Path file = write("ascii-then-gbk.csv", bytes);

        TextDecoding decoding = TextDecoding.of(file, null);
        assertThat(decoding.charset()).isEqualTo(TextDecoding.GB18030);
        assertThat(decoding.reason()).isEqualTo("按第一个非 ASCII 字节（偏移 "
                + (ascii.length() + "450103,".length()) + "，之前全是 ASCII）识别：不是 UTF-8，是有效的 GB18030（GBK）");
        List<List<String>> rows = rows(file, null);
        assertThat(rows).hasSize(70_002).last().isEqualTo(List.of("450103", "青秀区", "3987"));
    }

    @Test
    void aUtf8FileWhoseFirstMibIsAsciiIsStillUtf8AndItsMojibakeStillRefused() throws IOException {
        String ascii = "450102,2019,4512\r\n".repeat(70_000);
        Path utf8 = write("ascii-then-utf8.csv", (ascii + "450103,青秀区,3987\r\n").getBytes(UTF_8));
        String garbled = new String("地区代码,地区名称".getBytes(UTF_8), GBK);
        Path mojibake = write("ascii-then-mojibake.csv", (ascii + "450103," + garbled + "\r\n").getBytes(UTF_8));

        assertThat(TextDecoding.of(utf8, null).charset()).isEqualTo(UTF_8);
        assertThat(rows(utf8, null)).last().isEqualTo(List.of("450103", "青秀区", "3987"));
        assertRefusedAsGarbled(mojibake, null);
    }

    @Test
    void bytesThatAreNeitherUtf8NorGb18030AreRefused() throws IOException {
        Path binary = write("binary.csv", new byte[] {'4', '5', ',', (byte) 0xFF, (byte) 0x80, '\r', '\n'});

        assertThat(refusal(binary, null).code()).isEqualTo(ProblemCode.WRONG_ENCODING);
        assertThat(refusal(binary, null).message()).contains("既不是 UTF-8 也不是 GBK/GB18030", "另存为");
    }

    @Test
    void genuineChineseAndAsciiAreNeverMojibake() {
        List<String> genuine = List.of("", "code,year,births", EXPORT, "——", "……", "“两癌”免费检查", "°C", "‰",
                "m²", "×10⁴", "±0.5", "买买提·艾力", "地區代碼,活產數", "ＡＢＣ１２３", "（人）", "刘䶮", "𠮷野家",
                "鍦", "é", "café", "Müller", "孕产妇死亡率（1/10万）", "0-6个月婴儿纯母乳喂养率(%)");

        for (String text : genuine) {
            assertThat(TextDecoding.looksLikeMojibake(text)).as(text).isFalse();
        }
    }

    @Test
    void commonMojibakeIsRecognised() {
        String text = "地区代码,活产数\r\n";
        List<String> garbled = List.of(
                new String(text.getBytes(UTF_8), GBK),
                new String(text.getBytes(UTF_8), GBK).replace('\uFFFD', '?'),
                new String(text.getBytes(UTF_8), StandardCharsets.ISO_8859_1),
                new String(text.getBytes(UTF_8), Charset.forName("windows-1252")),
                new String(text.getBytes(GBK), StandardCharsets.ISO_8859_1),
                new String(new String(text.getBytes(UTF_8), StandardCharsets.ISO_8859_1).getBytes(UTF_8), GBK),
                "锟斤拷", "Ã©tÃ©", "450102,æ´»äº§æ•°");

        for (String sample : garbled) {
            assertThat(TextDecoding.looksLikeMojibake(sample)).as(sample).isTrue();
        }
    }

    @Test
    void theProjectsOwnChineseTextIsNeverMojibakeAndItsMisreadingsAlwaysAre() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(SCHEMAS)) {
            files = walk.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".csv")).toList();
        }
        assertThat(files).isNotEmpty();
        for (Path file : files) {
            String text = Files.readString(file);
            assertThat(TextDecoding.looksLikeMojibake(text)).as(file.toString()).isFalse();
            for (String line : text.lines().toList()) {
                assertThat(TextDecoding.looksLikeMojibake(line)).as(line).isFalse();
            }
            assertThat(TextDecoding.looksLikeMojibake(new String(text.getBytes(UTF_8), GBK)))
                    .as(file + " UTF-8 read as GBK").isTrue();
            assertThat(TextDecoding.looksLikeMojibake(new String(text.getBytes(UTF_8), StandardCharsets.ISO_8859_1)))
                    .as(file + " UTF-8 read as Latin-1").isTrue();
            assertThat(TextDecoding.looksLikeMojibake(new String(text.getBytes(GBK), StandardCharsets.ISO_8859_1)))
                    .as(file + " GBK read as Latin-1").isTrue();
        }
    }

    @Test
    void theExampleExportsLoadSavedEitherWay() throws IOException {
        try (Stream<Path> walk = Files.list(SCHEMAS.resolve("sources"))) {
            for (Path example : walk.filter(p -> p.toString().endsWith("-example.csv")).toList()) {
                String text = Files.readString(example);
                Path gbk = write("gbk-" + example.getFileName(), text.getBytes(GBK));
                assertThat(rows(gbk, null)).as(example.toString()).isEqualTo(rows(example, null));
                assertThat(rows(example, null).get(0).get(0)).as(example.toString()).isIn("地区代码", "指标代码");
            }
        }
    }

    private void assertRefusedAsGarbled(Path file, String encoding) throws IOException {
        Problem problem = refusal(file, encoding);
        assertThat(problem.code()).isEqualTo(ProblemCode.WRONG_ENCODING);
        assertThat(problem.file()).isEqualTo(file.getFileName().toString());
        assertThat(problem.row()).isZero();
        assertThat(problem.message()).contains("乱码", "另存为");
    }

    private static Problem refusal(Path file, String encoding) throws IOException {
        InputRejectedException rejected = catchThrowableOfType(() -> TextExports.open(file, encoding).close(),
                InputRejectedException.class);
        assertThat(rejected).as("refused").isNotNull();
        assertThat(rejected.problems()).hasSize(1);
        return rejected.problems().get(0);
    }

    private static List<List<String>> rows(Path file, String encoding) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (TabularFile export = TextExports.open(file, encoding)) {
            for (Iterator<ExportRow> it = export.rows(); it.hasNext(); ) {
                rows.add(it.next().cells());
            }
        }
        return rows;
    }

    /**
     * An export just over the prefix, in the charset, whose last row's region name starts {@code cut} bytes
     * before the end of the prefix, so the prefix ends inside its first character.
     */
    private static byte[] straddling(Charset charset, String region, int cut) {
        String row = "450102,2019,4512\r\n";
        String note = "注: 以下为补报";
        int before = TextDecoding.PREFIX_BYTES - cut - "450103,".length();
        int room = before - EXPORT.getBytes(charset).length - note.getBytes(charset).length - "\r\n".length();
        String text = EXPORT + row.repeat(room / row.length()) + note + "-".repeat(room % row.length()) + "\r\n"
                + "450103," + region + ",2019,3987\r\n";
        return text.getBytes(charset);
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = new byte[first.length + second.length];
        System.arraycopy(first, 0, both, 0, first.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }
}
