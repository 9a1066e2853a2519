package org.lianggang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** lianggang.report.evaluation-labels: a bureau renames some statuses; the others keep their default names. */
class EvaluationLabelsTest {

    @Test
    void aConfiguredNameReplacesItsDefaultAndTheOthersStay() {
        LianggangProperties.Report report = new LianggangProperties.Report(null, null, null, null, null,
                Map.of("on-track", "预计如期实现", "no_data", "暂无数据"), null);
        assertThat(report.evaluationLabels()).containsEntry("on_track", "预计如期实现")
                .containsEntry("no_data", "暂无数据").containsEntry("acceleration_needed", "需加快进度")
                .containsEntry("met", "达标").hasSize(10);
    }

    @Test
    void anUnknownStatusIsRefused() {
        assertThatThrownBy(() -> new LianggangProperties.Report(null, null, null, null, null,
                Map.of("ahead", "提前实现"), null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("没有这个评估类别 'ahead'").hasMessageContaining("on_track");
    }
}
