package org.lianggang.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

/** The worked rounding checks of shared/domain/README.md §3.3. */
class PresentationTest {

    final Presentation halfUp = new Presentation(2, RoundingMode.HALF_UP);
    final Presentation truncate = new Presentation(2, RoundingMode.DOWN);

    @Test
    void roundsHalfUpByDefault() {
        assertThat(halfUp.percent(100.0 * 59 / 77)).isEqualTo("76.62%");
        assertThat(halfUp.percent(100.0 * 22 / 26)).isEqualTo("84.62%");
        assertThat(halfUp.percent(100.0 * 41 / 46)).isEqualTo("89.13%");
        assertThat(halfUp.percent(100.0 * 37 / 49)).isEqualTo("75.51%");
        assertThat(new Presentation(1, RoundingMode.HALF_UP).percent(100.0 * 44 / 54)).isEqualTo("81.5%");
    }

    @Test
    void truncatesWhenTheBureauDoes() {
        assertThat(truncate.percent(100.0 * 22 / 26)).isEqualTo("84.61%");
        assertThat(truncate.percent(100.0 * 19 / 20)).isEqualTo("95.00%");
    }

    @Test
    void missingIsADash() {
        assertThat(halfUp.percent(null)).isEqualTo("—");
    }
}
