package org.lianggang.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing of lianggang listens beyond the machine: while {@code serve} and {@code nightly} run, every listening
 * TCP socket the process holds is bound to the loopback address (the H2 JobRepository's AUTO_SERVER is the one
 * listener there is). Read from Linux's /proc: the process's socket inodes and the kernel's socket tables.
 */
class ListenersTest {

    @TempDir
    Path home;

    @Test
    void serveListensOnLoopbackOnly() throws Exception {
        Cli.demoInbox(home, 2019);
        ChildProcess serve = ChildProcess.start(home, home.resolve("out/serve.txt"), List.of(),
                "--lianggang.schedule.nightly=*/1 * * * * *", "serve");
        try {
            serve.awaitOutput("step=scheduled run=nightly", 1, Duration.ofMinutes(3));
            List<String> listening = awaitListeners(serve.pid());
            assertThat(listening).as("the repository's server is up while serve runs").isNotEmpty();
            assertThat(listening).allSatisfy(address -> assertThat(address).matches("127\\.0\\.0\\.1:\\d+"));
        } finally {
            serve.kill();
        }
    }

    @Test
    void nightlyListensOnLoopbackOnly() throws Exception {
        Cli.demoInbox(home, 2019);
        ChildProcess nightly = ChildProcess.start(home, home.resolve("out/nightly.txt"),
                ChildProcess.faults("staged.ms=400"), "nightly");
        try {
            nightly.awaitOutput("FAULT-POINT staged 1", 1, Duration.ofMinutes(3));
            List<String> listening = awaitListeners(nightly.pid());
            assertThat(listening).isNotEmpty();
            assertThat(listening).allSatisfy(address -> assertThat(address).matches("127\\.0\\.0\\.1:\\d+"));
        } finally {
            nightly.kill();
        }
    }

    /** The listening addresses of the process, once it has any (the repository opens early, but not at once). */
    private static List<String> awaitListeners(long pid) throws Exception {
        Instant deadline = Instant.now().plusSeconds(60);
        List<String> listening = listeners(pid);
        while (listening.isEmpty() && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
            listening = listeners(pid);
        }
        return listening;
    }

    /** host:port of every TCP socket in state LISTEN that the process holds (IPv4 and IPv6). */
    static List<String> listeners(long pid) throws IOException {
        Set<String> inodes = new HashSet<>();
        try (Stream<Path> fds = Files.list(Path.of("/proc", Long.toString(pid), "fd"))) {
            for (Path fd : fds.toList()) {
                try {
                    String target = Files.readSymbolicLink(fd).toString();
                    if (target.startsWith("socket:[")) {
                        inodes.add(target.substring(8, target.length() - 1));
                    }
                } catch (IOException closedMeanwhile) {
                    // a descriptor closed while listed
                }
            }
        }
        List<String> listening = new ArrayList<>();
        for (String table : List.of("tcp", "tcp6")) {
            Path file = Path.of("/proc", Long.toString(pid), "net", table);
            if (!Files.exists(file)) {
                continue;
            }
            List<String> lines = Files.readAllLines(file);
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.trim().split("\\s+");
                if (f[3].equals("0A") && inodes.contains(f[9])) {
                    listening.add(address(f[1]));
                }
            }
        }
        return listening;
    }

    /** /proc/net/tcp's hex address (little-endian words) as text; IPv6 loopback and any are named. */
    private static String address(String hex) {
        String[] parts = hex.split(":");
        int port = Integer.parseInt(parts[1], 16);
        String ip = parts[0];
        if (ip.length() == 8) {
            long v = Long.parseLong(ip, 16);
            return (v & 0xff) + "." + (v >> 8 & 0xff) + "." + (v >> 16 & 0xff) + "." + (v >> 24 & 0xff) + ":" + port;
        }
        if (ip.equals("00000000000000000000000000000000")) {
            return "[::]:" + port;
        }
        if (ip.equals("00000000000000000000000001000000")) {
            return "[::1]:" + port;
        }
        if (ip.equals("0000000000000000FFFF00000100007F")) {
            return "127.0.0.1:" + port;
        }
        return "[" + ip + "]:" + port;
    }
}
