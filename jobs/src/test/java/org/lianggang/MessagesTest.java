package org.lianggang;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The two message bundles say the same things: the same keys, and each text takes the same arguments. */
class MessagesTest {

    private static final Pattern SPECIFIER = Pattern.compile("%(\\d+\\$)?[-#+ 0,(<]*\\d*(?:\\.\\d+)?([a-zA-Z%])");
    private static final Pattern USED = Pattern.compile("Messages\\.text\\(\\s*\"([^\"]+)\"");

    @AfterEach
    void chinese() {
        Messages.use(Language.zh);
    }

    @Test
    void everyKeyOfTheChineseBundleIsInTheEnglishOneAndViceVersa() {
        assertThat(bundle("lianggang_en.properties").keySet())
                .containsExactlyInAnyOrderElementsOf(bundle("lianggang.properties").keySet());
    }

    @Test
    void everyTextTakesTheSameArgumentsInBothLanguages() {
        Map<String, String> chinese = bundle("lianggang.properties");
        Map<String, String> english = bundle("lianggang_en.properties");
        chinese.forEach((key, text) -> assertThat(arguments(english.get(key))).as(key + ": " + text + " / "
                + english.get(key)).isEqualTo(arguments(text)));
    }

    @Test
    void everyKeyTheCodeAsksForIsInTheBundle() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = USED.matcher(Files.readString(file));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertThat(used).hasSizeGreaterThan(100);
        assertThat(bundle("lianggang.properties").keySet()).containsAll(used);
    }

    @Test
    void theSettingChoosesTheLanguageAndTheFiguresStay() {
        assertThat(Messages.text("nightly.line", 12, 2, 9, 1, 0, 0, "", Messages.text("nightly.build-ok"), 3.25))
                .isEqualTo("nightly：12 个文件：导入 2，未变 9，被拒 1，失败 0，已撤下 0（跳过）；构建成功；用时 3.3 秒");
        Messages.use(Language.of("en-US").orElseThrow());
        assertThat(Messages.text("nightly.line", 12, 2, 9, 1, 0, 0, "", Messages.text("nightly.build-ok"), 3.25))
                .isEqualTo("nightly: 12 files: 2 loaded, 9 unchanged, 1 rejected, 0 failed, 0 retracted (skipped);"
                        + " build ok; in 3.3 s");
        assertThat(Language.of("fr")).isEmpty();
    }

    /** The arguments a text takes: their positions and conversions ({@code 1:s}, {@code 2:d}). */
    private static Set<String> arguments(String text) {
        Set<String> arguments = new TreeSet<>();
        Matcher m = SPECIFIER.matcher(text);
        int ordinary = 0;
        while (m.find()) {
            String conversion = m.group(2);
            if (conversion.equals("n") || conversion.equals("%")) {
                continue;
            }
            int index = m.group(1) != null ? Integer.parseInt(m.group(1).replace("$", "")) : ++ordinary;
            arguments.add(index + ":" + conversion);
        }
        return arguments;
    }

    private static Map<String, String> bundle(String name) {
        Properties properties = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/messages/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> texts = new TreeMap<>();
        properties.forEach((k, v) -> texts.put(k.toString(), v.toString()));
        return texts;
    }
}
