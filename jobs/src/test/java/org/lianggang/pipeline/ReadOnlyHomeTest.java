package org.lianggang.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A read-only home (an analysts' mounted copy): {@code sql}, {@code jobs} and {@code report --out} elsewhere print
 * what they print on the writable home and change nothing under it; {@code ingest}, {@code build} and
 * {@code nightly} are refused with one line naming the folder. The commands run in a child JVM. As an ordinary user
 * the home is made read-only with chmod; as root, whom chmod does not stop, the child runs in its own mount
 * namespace with the home bind-mounted read-only ({@code unshare -m}), and the test is skipped without one.
 */
class ReadOnlyHomeTest {

    private static final String SUMMARY = "select count(*) from report_summary";

    @TempDir
    Path home;

    @TempDir
    Path elsewhere;

    @Test
    void readingCommandsWorkOnAReadOnlyHomeAndChangeNothingWritingOnesAreRefusedInOneLine() throws Exception {
        Cli.demoInbox(home, 2019);
        assertThat(Cli.run(home, "nightly").exitCode()).isZero();
        String sql = Cli.run(home, "sql", SUMMARY).out();
        String jobs = Cli.run(home, "jobs").out();
        Path writableOut = elsewhere.resolve("writable");
        String report = Cli.run(home, "report", "--year", "2019", "--out", writableOut.toString()).out();
        assertThat(sql).contains("（1 行）");
        assertThat(jobs).contains("COMPLETED");
        String dictionary = Cli.run(home, "dictionary").out();
        Map<String, String> before = listing(home);

        boolean root = "root".equals(System.getProperty("user.name"));
        if (root) {
            Assumptions.assumeTrue(readOnlyMountWorks(), "running as root, chmod -R a-w does not stop writes, and no"
                    + " read-only bind mount can be made here (unshare -m, mount --bind): the home cannot be read-only");
        } else {
            setWritable(home, false);
        }
        try {
            Run sqlRun = run(root, "sql", SUMMARY);
            assertThat(sqlRun.code()).as(sqlRun.err()).isZero();
            assertThat(sqlRun.out()).isEqualTo(sql);
            assertThat(sqlRun.err()).as("sql runs before Spring: it writes no log, so there is nothing to redirect")
                    .isEmpty();
            Run jobsRun = run(root, "jobs");
            assertThat(jobsRun.code()).as(jobsRun.err()).isZero();
            assertThat(jobsRun.err().lines()).as("one line says where the log went instead, no stack trace")
                    .hasSize(1).allMatch(l -> l.startsWith("运行目录 " + home + " 只读"));
            assertThat(jobsRun.out()).isEqualTo(jobs);
            Path readOnlyOut = elsewhere.resolve("read-only");
            Run reportRun = run(root, "report", "--year", "2019", "--out", readOnlyOut.toString());
            assertThat(reportRun.code()).as(reportRun.err()).isZero();
            assertThat(reportRun.out()).isEqualTo(report.replace(writableOut.toString(), readOnlyOut.toString()));
            assertThat(readOnlyOut.resolve("report_summary.csv")).hasSameBinaryContentAs(
                    writableOut.resolve("report_summary.csv"));
            Run dictionaryRun = run(root, "dictionary");
            assertThat(dictionaryRun.code()).as(dictionaryRun.err()).isZero();
            assertThat(dictionaryRun.out()).isEqualTo(dictionary);
            Run templateRun = run(root, "template", "--year", "2019", "--source", "health", "--out",
                    elsewhere.resolve("forms").toString());
            assertThat(templateRun.code()).as(templateRun.err()).isZero();
            assertThat(elsewhere.resolve("forms/template-health-2019.xlsx")).isNotEmptyFile();

            for (String[] writing : List.of(new String[] {"ingest", home.resolve("x.csv").toString(), "--source",
                    "health", "--year", "2019"}, new String[] {"build"}, new String[] {"nightly"})) {
                Run refused = run(root, writing);
                assertThat(refused.code()).as(refused.err()).isEqualTo(2);
                assertThat(refused.err().lines()).as(writing[0]).containsExactly("错误：运行目录 " + home + " 只读，"
                        + writing[0] + " 需要写入该目录：请在可写的运行目录中运行（只读目录中可用 sql、jobs、report --out 其他目录）");
            }
            assertThat(listing(home)).as("nothing under the home was created, deleted or modified")
                    .isEqualTo(before);
        } finally {
            if (!root) {
                setWritable(home, true);
            }
        }
    }

    record Run(int code, String out, String err) {
    }

    /** The command in a child JVM, stdout and stderr apart; as root, inside a read-only bind mount of the home. */
    private Run run(boolean root, String... args) throws Exception {
        List<String> command = new ArrayList<>();
        if (root) {
            command.addAll(readOnlyMount());
        }
        command.addAll(ChildProcess.command(home, List.of(), args));
        Path out = Files.createTempFile(elsewhere, "out", ".txt");
        Path err = Files.createTempFile(elsewhere, "err", ".txt");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(3, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("timed out: " + String.join(" ", args));
        }
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    /** {@code unshare -m sh -c 'mount … && exec "$@"' sh COMMAND…}: the home read-only for COMMAND alone. */
    private List<String> readOnlyMount() {
        return List.of("unshare", "-m", "sh", "-c", "mount --bind \"$0\" \"$0\" && mount -o remount,bind,ro \"$0\""
                + " \"$0\" && exec \"$@\"", home.toString());
    }

    private boolean readOnlyMountWorks() throws Exception {
        List<String> probe = new ArrayList<>(readOnlyMount());
        probe.addAll(List.of("sh", "-c", "! touch \"$0/probe\" 2>/dev/null", home.toString()));
        try {
            Process process = new ProcessBuilder(probe).redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor() == 0 && !Files.exists(home.resolve("probe"));
        } catch (IOException e) {
            return false;
        }
    }

    /** Every file and folder under {@code dir} with its size and modification time. */
    private static Map<String, String> listing(Path dir) throws IOException {
        Map<String, String> listing = new TreeMap<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.toList()) {
                listing.put(dir.relativize(f).toString(), (Files.isDirectory(f) ? "dir " : Files.size(f) + " bytes ")
                        + Files.getLastModifiedTime(f).toMillis());
            }
        }
        return listing;
    }

    private static void setWritable(Path dir, boolean writable) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.toList()) {
                Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(f);
                for (PosixFilePermission write : List.of(PosixFilePermission.OWNER_WRITE,
                        PosixFilePermission.GROUP_WRITE, PosixFilePermission.OTHERS_WRITE)) {
                    if (writable && write == PosixFilePermission.OWNER_WRITE) {
                        permissions.add(write);
                    } else if (!writable) {
                        permissions.remove(write);
                    }
                }
                Files.setPosixFilePermissions(f, permissions);
            }
        }
    }
}
