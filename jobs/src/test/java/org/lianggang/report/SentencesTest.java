package org.lianggang.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lianggang.catalog.CatalogException;

/** The Word report's sentence templates: placeholders, optional segments, prose units and a wrong column named. */
class SentencesTest {

    @TempDir
    Path dir;

    @Test
    void placeholdersPrintTheRowAndOptionalSegmentsDropWhenEmptyOrZero() throws Exception {
        Sentences sentences = sentences("""
                sentences:
                  s: "{name}为{value}{unit}[，{change}]，达标率{rate:f}%[，{no_data}项无数据]。"
                prose_units: {"1/10万": "/10万"}
                """);
        Map<String, Object> row = new HashMap<>(Map.of("name", "孕产妇死亡率", "value", new BigDecimal("18.30"),
                "unit", "1/10万", "rate", new BigDecimal("95.00"), "no_data", 0L));
        row.put("change", null);
        assertThat(sentences.fill("s", row)).isEqualTo("孕产妇死亡率为18.3/10万，达标率95.00%。");

        row.put("change", "比上年降低6.6%");
        row.put("no_data", 3L);
        assertThat(sentences.fill("s", row)).isEqualTo("孕产妇死亡率为18.3/10万，比上年降低6.6%，达标率95.00%，3项无数据。");
    }

    @Test
    void aPlaceholderThatIsNoColumnIsNamedWithTheSentenceAndTheColumnsThereAre() throws Exception {
        Sentences sentences = sentences("sentences:\n  s: \"{indicator}为{value}\"\n");
        assertThatThrownBy(() -> sentences.fill("s", Map.of("indicator_name", "x", "value", 1L)))
                .isInstanceOf(CatalogException.class)
                .hasMessageContaining("sentences.yaml").hasMessageContaining("句式 s")
                .hasMessageContaining("{indicator}").hasMessageContaining("indicator_name、value");
    }

    @Test
    void aFileWithoutSentencesIsRefusedByName() throws Exception {
        Path file = Files.writeString(dir.resolve("sentences.yaml"), "title: x\n");
        assertThatThrownBy(() -> Sentences.load(file)).isInstanceOf(CatalogException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("sentences:");
    }

    @Test
    void theShippedSentencesLoad() {
        Sentences shipped = Sentences.load(TestWarehouse.SENTENCES);
        assertThat(shipped.fill("title", Map.of("year", 2019, "region_name", "柳州市")))
                .isEqualTo("2019年柳州市实施两纲监测统计报告");
    }

    private Sentences sentences(String yaml) throws Exception {
        return Sentences.load(Files.writeString(dir.resolve("sentences.yaml"), yaml));
    }
}
