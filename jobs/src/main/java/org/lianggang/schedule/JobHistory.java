package org.lianggang.schedule;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads and prunes Spring Batch's own tables, which neither Spring Batch nor its users' tools do: the recent
 * executions for {@code lianggang jobs}, and a purge of old metadata (the tables otherwise grow without end).
 * The SQL is in {@code classpath:batch/}, portable between H2 and PostgreSQL.
 */
@Component
public class JobHistory {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    JobHistory(DataSource dataSource, PlatformTransactionManager transactionManager) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.transaction = new TransactionTemplate(transactionManager);
    }

    /** One execution as {@code lianggang jobs} shows it. */
    public record Execution(long id, String job, String status, LocalDateTime start, LocalDateTime end,
                            String failure, long read, long written, long skipped, String parameters) {

        public Duration duration() {
            return start == null ? Duration.ZERO : Duration.between(start, end == null ? LocalDateTime.now() : end);
        }
    }

    public List<Execution> recent(int limit) {
        return jdbc.query(sql("batch/recent-executions.sql"), (rs, n) -> new Execution(
                rs.getLong("job_execution_id"), rs.getString("job_name"), rs.getString("status"),
                time(rs.getTimestamp("start_time")), time(rs.getTimestamp("end_time")),
                firstLine(rs.getString("exit_message")), rs.getLong("read_count"), rs.getLong("write_count"),
                rs.getLong("skip_count"), parameters(rs.getLong("job_execution_id"))), limit);
    }

    /**
     * Deletes the metadata of executions that ended before {@code cutoff}, and the job instances left without
     * executions, in one transaction and in foreign-key order. Returns the number of job executions deleted.
     */
    public int purgeEndedBefore(Instant cutoff) {
        Resource[] steps = resources("classpath:batch/purge/*.sql");
        Arrays.sort(steps, Comparator.comparing(Resource::getFilename));
        Timestamp at = Timestamp.from(cutoff);
        Integer executions = transaction.execute(status -> {
            int deleted = 0;
            for (Resource step : steps) {
                String sql = text(step);
                Object[] args = sql.chars().filter(c -> c == '?').mapToObj(c -> at).toArray();
                int rows = jdbc.update(sql, args);
                if (step.getFilename().contains("_job_execution.sql")) {
                    deleted = rows;
                }
            }
            return deleted;
        });
        return executions == null ? 0 : executions;
    }

    private String parameters(long execution) {
        return jdbc.query(sql("batch/execution-parameters.sql"), (rs, n) -> rs.getString("parameter_name") + "="
                + rs.getString("parameter_value"), execution).stream().collect(Collectors.joining(" "));
    }

    private static LocalDateTime time(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toLocalDateTime();
    }

    private static String firstLine(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        return text.strip().lines().findFirst().orElse("");
    }

    private static String sql(String path) {
        return text(resources("classpath:" + path)[0]);
    }

    private static Resource[] resources(String pattern) {
        try {
            return new PathMatchingResourcePatternResolver().getResources(pattern);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot find " + pattern, e);
        }
    }

    private static String text(Resource resource) {
        try {
            return resource.getContentAsString(StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.strip().startsWith("--")).collect(Collectors.joining("\n"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
