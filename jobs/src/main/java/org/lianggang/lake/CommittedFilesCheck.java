package org.lianggang.lake;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Before a build: every current partition's data file is still the file its manifest entry committed, compared by
 * size and CRC32C ({@link DataFileFingerprint}). Every file is read in full on every build, not only when its size
 * or modification time changed: an overwrite can keep both (a copy with the times preserved, a disk error), the
 * build reads the files anyway, and CRC32C costs far less than that read. An entry committed before fingerprints
 * were recorded is checked only for its file being there. Also names the files DuckDB cannot read, once a build
 * has failed reading the lake.
 */
final class CommittedFilesCheck {

    private CommittedFilesCheck() {
    }

    /** What differs, one message per file; empty when every current file is as committed. */
    static List<String> differences(Path root, List<ManifestEntry> current) {
        List<String> differences = new ArrayList<>();
        for (ManifestEntry entry : current) {
            difference(root.resolve(entry.dataFile()), entry).ifPresent(d -> differences.add(
                    "湖文件 " + entry.dataFile() + " 与导入记录 #" + entry.sequence() + "（" + entry.fileName() + "）不符：" + d
                            + "。请从备份恢复该文件，或用 lianggang retract --source " + entry.source() + " --year "
                            + entry.year() + " 撤回后重新导入 " + entry.fileName()
                            + " | lake file does not match what manifest entry " + entry.sequence()
                            + " committed; restore it from a backup, or retract the partition and ingest "
                            + entry.fileName() + " again"));
        }
        return differences;
    }

    /** After a read of the lake failed: the current files DuckDB cannot read, one message per file. */
    static List<String> unreadable(Path root, List<ManifestEntry> current) {
        Map<Path, ManifestEntry> byFile = new LinkedHashMap<>();
        current.forEach(e -> byFile.put(root.resolve(e.dataFile()), e));
        return UnreadableParquet.among(List.copyOf(byFile.keySet())).entrySet().stream().map(u -> {
            ManifestEntry e = byFile.get(u.getKey());
            return "湖文件 " + e.dataFile() + " 已损坏，无法读取（" + u.getValue() + "）。请从备份恢复该文件，或用 lianggang"
                    + " retract --source " + e.source() + " --year " + e.year() + " 撤回后重新导入 " + e.fileName()
                    + " | lake file is damaged and cannot be read: restore it from a backup, or retract the partition"
                    + " and ingest " + e.fileName() + " again";
        }).toList();
    }

    private static Optional<String> difference(Path file, ManifestEntry entry) {
        if (!Files.isRegularFile(file)) {
            return Optional.of("文件不存在 (missing)");
        }
        DataFileFingerprint committed = entry.dataFingerprint();
        if (!committed.recorded()) {
            return Optional.empty();
        }
        try {
            long size = Files.size(file);
            if (size != committed.size()) {
                return Optional.of("大小 " + size + " 字节，提交时 " + committed.size() + " 字节 (size " + size
                        + " bytes, committed " + committed.size() + ")");
            }
            DataFileFingerprint now = DataFileFingerprint.of(file);
            if (now.crc32c() != committed.crc32c()) {
                return Optional.of("内容已改变，CRC32C " + now.crc32cHex() + "，提交时 " + committed.crc32cHex()
                        + " (content changed, same size)");
            }
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of("无法读取 (cannot read): " + e.getMessage());
        }
    }
}
