package org.lianggang.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Data from the warehouse can never become markup or script in the HTML page. */
class HtmlTextTest {

    @Test
    void dataIsHtmlEscaped() {
        assertThat(HtmlText.escape("<img src=x onerror=alert(1)> & \"孕产妇\" 'x'"))
                .isEqualTo("&lt;img src=x onerror=alert(1)&gt; &amp; &quot;孕产妇&quot; &#39;x&#39;");
        assertThat(HtmlText.escape(null)).isEqualTo("—");
    }

    @Test
    void embeddedJsonCannotCloseItsScriptElement() {
        String json = HtmlText.scriptSafeJson("{\"name\":\"</script><script>alert(1)</script><!--\u2028\"}");
        assertThat(json).doesNotContain("<", ">", "\u2028")
                .isEqualTo("{\"name\":\"\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e"
                        + "\\u003c!--\\u2028\"}");
    }

    @Test
    void templateIsFilledInOnePass() {
        assertThat(HtmlText.fill("<h1>{{title}}</h1>{{data}}", Map.of("title", "{{data}} $1 \\", "data", "d")))
                .isEqualTo("<h1>{{data}} $1 \\</h1>d");
    }

    @Test
    void unmetListEscapesIndicatorText() {
        String table = HtmlSections.unmet(List.of(Map.of("short_name", "妇女规划", "domain_name", "健康",
                "indicator_code", "W1.01", "indicator_name", "<b>孕产妇死亡率</b>", "value", "21.50", "unit", "1/10万",
                "target_text", "控制在20/10万以下", "departments", "市卫健委")));
        assertThat(table).contains("<td>&lt;b&gt;孕产妇死亡率&lt;/b&gt;</td>").doesNotContain("<b>孕产妇");
    }
}
