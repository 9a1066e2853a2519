package org.lianggang.warehouse;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.lianggang.LianggangApplication;
import org.lianggang.ingest.FileDigest;

/**
 * What a warehouse is built from, as digests a vintage records (table {@code build_info}): the SQL models, the
 * catalog snapshot, the code. Equal digests, equal lake loads: the same figures.
 */
final class BuildDigests {

    private BuildDigests() {
    }

    /** SHA-256 over every regular file below {@code dir}: relative names and contents, in name order. */
    static String ofFiles(Path dir) throws IOException {
        MessageDigest digest = sha256();
        if (Files.isDirectory(dir)) {
            List<Path> files;
            try (Stream<Path> walk = Files.walk(dir)) {
                files = walk.filter(Files::isRegularFile).sorted().toList();
            }
            for (Path file : files) {
                digest.update(dir.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(Files.readAllBytes(file));
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** SHA-256 of a text (UTF-8). */
    static String ofText(String text) {
        return HexFormat.of().formatHex(sha256().digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** The application's version, and the SHA-256 of the jar its classes come from when run from one. */
    static String codeVersion() {
        return CodeVersion.TEXT;
    }

    /** Computed once per process: the jar does not change under a running application. */
    private static final class CodeVersion {
        private static final String TEXT = read();

        private static String read() {
            String version = LianggangApplication.class.getPackage().getImplementationVersion();
            String text = "lianggang " + (version == null ? "dev" : version);
            try {
                Path code = Path.of(LianggangApplication.class.getProtectionDomain().getCodeSource().getLocation()
                        .toURI());
                return Files.isRegularFile(code) ? text + " (jar sha256 " + FileDigest.sha256(code) + ")" : text;
            } catch (URISyntaxException | IllegalArgumentException | SecurityException e) {
                // a code source that is no file (a nested jar URL): the version alone names the code
                return text;
            }
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
