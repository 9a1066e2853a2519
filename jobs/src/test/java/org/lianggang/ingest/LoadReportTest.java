package org.lianggang.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.ExecutionContextSerializer;
import org.springframework.batch.core.repository.dao.DefaultExecutionContextSerializer;
import org.springframework.batch.core.step.StepExecution;

/** The load step's report crosses the JobRepository whole: written, read back equal; the filter stays closed. */
class LoadReportTest {

    private final ExecutionContextSerializer serializer = new IngestJobConfiguration().executionContextSerializer();

    @Test
    void aLoadReportReadsBackFromTheRepositoryAsItWasWritten() throws IOException {
        LoadReport report = new LoadReport(false, true, 12, 2, 40,
                List.of("health-2019.csv:3:活产数: NOT_A_NUMBER 不是数字 [abc]"), "/home/rejects/health-2019.csv");
        Map<String, Object> context = Map.of(LoadReport.KEY, report, "other", "text");
        assertThat(roundTrip(serializer, context)).isEqualTo(context);
    }

    @Test
    void aProblemListBeyondTheKeptOnesIsCut() {
        LoadReport report = new LoadReport(false, false, 5, 5, 0, List.of("a", "b", "c"), null);
        assertThat(report.firstProblems(2).problems()).containsExactly("a", "b");
        assertThat(report.firstProblems(2).rowsRejected()).isEqualTo(5);
    }

    /** Spring Batch's own filter refuses our class: the configured serializer is what lets it in. */
    @Test
    void springBatchsDefaultFilterRefusesTheReportAndAnyOtherOfOurClasses() throws IOException {
        LoadReport report = new LoadReport(true, true, 0, 0, 0, List.of(), null);
        assertThatThrownBy(() -> roundTrip(new DefaultExecutionContextSerializer(), Map.of(LoadReport.KEY, report)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> roundTrip(serializer, Map.of("x", new NotAllowed())))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** A step that completed under an earlier version left three strings and its counts: the same report. */
    @Test
    void anExecutionFromBeforeTheReportReadsAsTheSameReport() {
        JobExecution execution = new JobExecution(7, new JobInstance(3, "ingest"), new JobParameters());
        StepExecution step = new StepExecution(11, "loadFile", execution);
        step.setReadCount(12);
        step.setProcessSkipCount(2);
        step.setWriteCount(40);
        execution.addStepExecution(step);
        execution.getExecutionContext().putString("unchanged", "false");
        execution.getExecutionContext().putString("problems", "a.csv:3:x: BAD one\na.csv:4:x: BAD two");
        execution.getExecutionContext().putString("rejects.file", "/home/rejects/a.csv");
        assertThat(LoadReport.of(execution)).isEqualTo(new LoadReport(false, true, 12, 2, 40,
                List.of("a.csv:3:x: BAD one", "a.csv:4:x: BAD two"), "/home/rejects/a.csv"));
        execution.getExecutionContext().put(LoadReport.KEY, new LoadReport(true, true, 0, 0, 0, List.of(), null));
        assertThat(LoadReport.of(execution).unchanged()).as("the report, once there, is what is read").isTrue();
    }

    private static Map<String, Object> roundTrip(ExecutionContextSerializer serializer, Map<String, Object> context)
            throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        serializer.serialize(context, out);
        return serializer.deserialize(new ByteArrayInputStream(out.toByteArray()));
    }

    private record NotAllowed() implements Serializable {
    }
}
