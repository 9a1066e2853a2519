package org.lianggang.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lianggang.lake.Lake;

/**
 * Fault tests with real child processes killed by SIGKILL ({@code destroyForcibly}): during ingest (between the
 * data file's rename and its manifest entry, and with a partition staged), during the build, during the report
 * writing (a year's new set written, not yet swapped in), and two nightly runs started together. Each ends by
 * comparing the home with an uninterrupted run of the same inbox.
 */
class CrashTest {

    private static final Duration LONG = Duration.ofMinutes(4);
    private static final Pattern STARTED = Pattern.compile("(?m)^(\\d+)\\s+ingest\\s+STARTED");

    @TempDir
    static Path reference;

    @TempDir
    Path home;

    @BeforeAll
    static void uninterruptedRun() throws Exception {
        Cli.demoInbox(reference, 2018, 2019);
        assertThat(Cli.run(reference, "nightly").exitCode()).isZero();
    }

    @Test
    void killedIngestsLeaveTheLakeAsBeforeOrAfterAndTheNextRunsEqualAnUninterruptedOne() throws Exception {
        Cli.demoInbox(home, 2018, 2019);
        Lake lake = new Lake(home.resolve("lake"));

        // 1: killed between the first file's rename into its partition and its manifest entry.
        ChildProcess first = ChildProcess.start(home, home.resolve("out/1.txt"), ChildProcess.faults("move.hang=2"),
                "nightly");
        first.awaitOutput("HANGING", 1, LONG);
        assertThat(first.output()).contains("FAULT-POINT move 1 part-")
                .containsPattern("FAULT-POINT move 2 0{19}1\\.parquet HANGING");
        first.kill();
        assertThat(lake.manifest()).as("as before: nothing committed").isEmpty();
        assertThat(home.resolve("lake/assessment/source=assessment/year=2018")).as("killed inside the window")
                .isDirectoryContaining("glob:**.parquet");
        Cli.Result jobs = Cli.run(home, "jobs");
        assertThat(jobs.out()).as("the crash left the execution STARTED").containsPattern(STARTED);

        // 2: the next run recovers it and goes on; killed with the third partition staged, not committed.
        ChildProcess second = ChildProcess.start(home, home.resolve("out/2.txt"), ChildProcess.faults("staged.hang=3"),
                "nightly");
        second.awaitOutput("HANGING", 1, LONG);
        second.kill();
        assertThat(second.output()).contains("step=recover");
        assertThat(lake.manifest()).as("as after two files").hasSize(2);

        // 3: restart the crash-left execution by id, then the nightly run finishes the inbox.
        Matcher crashed = STARTED.matcher(Cli.run(home, "jobs").out());
        assertThat(crashed.find()).isTrue();
        Cli.Result restart = Cli.run(home, "restart", crashed.group(1));
        assertThat(restart.exitCode()).as(restart.out()).isZero();
        assertThat(restart.out()).contains("COMPLETED");
        Cli.Result nightly = Cli.run(home, "nightly");
        assertThat(nightly.exitCode()).as(nightly.out()).isZero();
        assertThat(nightly.out()).contains("导入 7，未变 3");
        assertThat(Cli.run(home, "jobs").out()).doesNotContainPattern("\\sSTARTED\\s").contains("FAILED");

        assertThat(Warehouses.differences(home, reference)).containsOnly(0L);
        assertThat(Warehouses.debris(home)).isEmpty();
    }

    @Test
    void killedBuildLeavesTheOldWarehouseReadableAndTheNextRunBuildsTheNewOne() throws Exception {
        Cli.demoInbox(home, 2019);
        assertThat(Cli.run(home, "nightly").exitCode()).isZero();
        String summary = "SELECT * FROM report_summary ORDER BY ALL";
        List<List<String>> before = Pipeline.rows(home, summary);

        Cli.demoInbox(home, 2018, 2019);
        ChildProcess child = ChildProcess.start(home, home.resolve("out/build.txt"), List.of(), "nightly");
        Path building = home.resolve("warehouse.duckdb.building");
        while (!Files.exists(building)) {
            assertThat(child.alive()).as("the child ended before building: " + child.output()).isTrue();
            Thread.sleep(5);
        }
        child.kill();
        // The old warehouse, its fact views included: they read the lake files it was built from, not the new loads.
        assertThat(Pipeline.rows(home, summary)).as("the old warehouse, intact").isEqualTo(before);
        assertThat(new Lake(home.resolve("lake")).manifest()).as("the ingests before the build committed")
                .hasSize(10);

        Cli.Result next = Cli.run(home, "nightly");
        assertThat(next.exitCode()).as(next.out()).isZero();
        assertThat(building).doesNotExist();
        assertThat(Warehouses.differences(home, reference)).containsOnly(0L);
        assertThat(Warehouses.debris(home)).isEmpty();
    }

    @Test
    void twoNightlyRunsStartedTogetherOneRunsTheOtherWaitsOrRefuses() throws Exception {
        Cli.demoInbox(home, 2018, 2019);
        ChildProcess running = ChildProcess.start(home, home.resolve("out/a.txt"), ChildProcess.faults("staged.ms=800"),
                "nightly");
        running.awaitOutput("acquired", 1, LONG);
        ChildProcess waiting = ChildProcess.start(home, home.resolve("out/b.txt"), List.of(), "nightly",
                "--wait", "10m");
        ChildProcess refused = ChildProcess.start(home, home.resolve("out/c.txt"), List.of(), "nightly");
        Cli.Result history = Cli.run(home, "jobs");
        assertThat(history.exitCode()).as("readers are not locked out while a run writes").isZero();
        assertThat(history.out()).containsPattern("ingest\\s+(STARTED|COMPLETED)");

        assertThat(refused.waitFor(LONG)).as(refused.output()).isEqualTo(4);
        assertThat(refused.output()).contains("另一个 lianggang 运行持有").contains("pid " + running.pid());
        assertThat(running.waitFor(LONG)).as(running.output()).isZero();
        assertThat(waiting.waitFor(LONG)).as(waiting.output()).isZero();
        assertThat(running.output()).contains("导入 10");
        assertThat(waiting.output()).contains("waiting up to").contains("导入 0，未变 10");
        assertThat(home.resolve("logs")).as("one log per run under the home")
                .isDirectoryContaining("glob:**/lianggang-*-" + running.pid() + ".log")
                .isDirectoryContaining("glob:**/lianggang-*-" + waiting.pid() + ".log");

        assertThat(Warehouses.differences(home, reference)).containsOnly(0L);
        assertThat(Warehouses.debris(home)).isEmpty();
    }

    @Test
    void killedReportWritingLeavesEachYearsOldOrNewSetAndTheNextRunWritesTheUninterruptedReports() throws Exception {
        Cli.demoInbox(home, 2019);
        assertThat(Cli.run(home, "nightly").exitCode()).isZero();
        Path reports = home.resolve("reports");
        Map<String, byte[]> old2019 = Reports.files(reports.resolve("2019"));
        assertThat(old2019).containsKeys("report-2019.xlsx", "report_summary.csv", "index.html");

        // Loading 2018 makes both years due (2019's trend tables read 2018); killed with 2019's new set fully
        // written, before the rename that swaps it in.
        Cli.demoInbox(home, 2018, 2019);
        ChildProcess child = ChildProcess.start(home, home.resolve("out/report.txt"),
                ChildProcess.faults("report.hang=2"), "nightly");
        child.awaitOutput("HANGING", 1, LONG);
        assertThat(child.output()).contains("FAULT-POINT report 1 2018\n")
                .contains("FAULT-POINT report 2 2019 HANGING");
        assertOldOrNewSets(reports, old2019, "while the run writes");
        child.kill();
        assertOldOrNewSets(reports, old2019, "after the kill");
        assertThat(hidden(reports)).as("the killed run's unpublished set").isNotEmpty();

        Path new2018 = Files.readSymbolicLink(reports.resolve("2018"));
        Path old2019Set = Files.readSymbolicLink(reports.resolve("2019"));
        Cli.Result next = Cli.run(home, "nightly");
        assertThat(next.exitCode()).as(next.out()).isZero();
        assertThat(next.out()).contains("导入 0，未变 10");
        assertThat(Files.readSymbolicLink(reports.resolve("2018"))).as("2018 was in step: kept").isEqualTo(new2018);
        assertThat(Files.readSymbolicLink(reports.resolve("2019"))).as("2019 was stale: written")
                .isNotEqualTo(old2019Set);
        for (String year : List.of("2018", "2019")) {
            assertThat(Reports.differences(reports.resolve(year), reference.resolve("reports").resolve(year)))
                    .as(year).isEmpty();
        }
        assertThat(hidden(reports)).as("no debris: only the two published sets")
                .containsExactlyInAnyOrderElementsOf(List.of(
                        Files.readSymbolicLink(reports.resolve("2018")).toString(),
                        Files.readSymbolicLink(reports.resolve("2019")).toString()));
        assertThat(Warehouses.differences(home, reference)).containsOnly(0L);

        Path published = Files.readSymbolicLink(reports.resolve("2019"));
        assertThat(Cli.run(home, "nightly").exitCode()).isZero();
        assertThat(Files.readSymbolicLink(reports.resolve("2019"))).as("in step with the lake: nothing written")
                .isEqualTo(published);
    }

    /** 2018: the new set, complete (as the uninterrupted run wrote it); 2019: the old set, byte for byte. */
    private static void assertOldOrNewSets(Path reports, Map<String, byte[]> old2019, String when) throws Exception {
        assertThat(Reports.differences(reports.resolve("2018"), reference.resolve("reports/2018")))
                .as("2018 " + when).isEmpty();
        assertThat(Reports.same(Reports.files(reports.resolve("2019")), old2019)).as("2019 " + when).isTrue();
    }

    private static List<String> hidden(Path dir) throws Exception {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".")).toList();
        }
    }
}
