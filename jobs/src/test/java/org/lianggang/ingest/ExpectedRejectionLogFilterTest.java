package org.lianggang.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.spi.FilterReply;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lianggang.ingest.problem.InputRejectedException;
import org.lianggang.ingest.problem.Problem;
import org.lianggang.ingest.problem.ProblemCode;

class ExpectedRejectionLogFilterTest {

    private final LoggerContext context = new LoggerContext();
    private final ExpectedRejectionLogFilter filter = new ExpectedRejectionLogFilter();
    private final Logger step = context.getLogger("org.springframework.batch.core.step.AbstractStep");

    private final InputRejectedException refused = new InputRejectedException(List.of(
            Problem.ofFile(ProblemCode.EMPTY_FILE, "health-2019.csv", "the file has no data rows")));

    @Test
    void aRefusedExportIsNotLoggedAsAStepError() {
        assertThat(filter.decide(null, step, Level.ERROR, "Encountered an error", null, refused))
                .isEqualTo(FilterReply.DENY);
    }

    @Test
    void everyOtherFailureIsLoggedAsBefore() {
        assertThat(filter.decide(null, step, Level.ERROR, "Encountered an error", null,
                new IllegalStateException("disk full"))).isEqualTo(FilterReply.NEUTRAL);
        assertThat(filter.decide(null, context.getLogger("org.lianggang.ingest.FileLoader"), Level.ERROR, "x", null,
                refused)).isEqualTo(FilterReply.NEUTRAL);
    }
}
