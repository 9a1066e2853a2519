package org.lianggang.lake;

import org.lianggang.Durable;
import org.lianggang.FileMover;
import org.lianggang.Messages;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The Parquet lake under {@code <home>/lake}: {@code <table>/source=<id>/year=<yyyy>/part-<sha>.parquet}, a
 * Hive-partitioned dataset whose files hold every column but the partition's {@code source} and {@code year}
 * ({@link LakeTable#partitioned}).
 *
 * <p>A partition changes in three steps: the new file is written under {@code _staging/}, renamed into its
 * partition directory, then a manifest entry is committed by a second rename. The manifest entry is the commit
 * point: until it exists, the new file is an orphan the warehouse ignores and the next {@link #sweep} removes.
 * A crash at any moment leaves the lake as before or as after.
 *
 * <p>The superseded file (and a retracted partition's file) stays where it is: the warehouse in place was built
 * from it and its views name it ({@link #pin}). It is deleted by the next build, once that build's warehouse,
 * which no longer names it, has been swapped in ({@link #removeSuperseded}).
 */
public final class Lake {

    static final String STAGING = "_staging";

    private final Path root;
    private final ManifestStore manifest;
    private final FileMover mover;
    private final Clock clock;

    public Lake(Path root) {
        this(root, FileMover.ATOMIC, Clock.systemUTC());
    }

    /** A lake whose publishing renames go through {@code mover} (tests inject failures there). */
    public Lake(Path root, FileMover mover) {
        this(root, mover, Clock.systemUTC());
    }

    /**
     * A lake whose publishing renames go through {@code mover} and whose manifest
     * entries record the time of {@code clock} (information only: the commit order is the sequence number).
     */
    public Lake(Path root, FileMover mover, Clock clock) {
        this.root = root;
        this.mover = mover;
        this.clock = clock;
        this.manifest = new ManifestStore(root.resolve(ManifestEntry.TABLE.name()), () -> schemaPath(ManifestEntry.TABLE));
    }

    public Path root() {
        return root;
    }

    /** Opens a staged partition; write to it, then {@link #commit} it or close it to throw it away. */
    public <T> StagedPartition<T> stage(LakeTable<T> table, String source, int year, String sha256) {
        return stage(table, source, year, sha256, partFileName(sha256));
    }

    <T> StagedPartition<T> stage(LakeTable<T> table, String source, int year, String sha256, String fileName) {
        try {
            return new StagedPartition<>(this, table, source, year, sha256, stagingDir(), fileName);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot stage a partition under " + root, e);
        }
    }

    /** Makes the staged file the partition's content and records it in the manifest; returns the entry. */
    public ManifestEntry commit(StagedPartition<?> staged, String fileName, long rowsRead, long rowsRejected,
                                long jobExecutionId) {
        String table = staged.table().name();
        Path partition = partitionDir(table, staged.source(), staged.year());
        try {
            Path file = staged.finish();
            Durable.force(file);
            DataFileFingerprint fingerprint = DataFileFingerprint.of(file);
            Files.createDirectories(partition);
            Path target = partition.resolve(file.getFileName());
            mover.move(file, target);
            // The data file's name must be on disk before the manifest entry that points to it.
            Durable.forceDirectory(partition);
            ManifestEntry entry = new ManifestEntry(ManifestEntry.UNCOMMITTED, table, staged.source(), staged.year(), fileName,
                    root.relativize(target).toString(), staged.sha256(), rowsRead, staged.rows(), rowsRejected,
                    jobExecutionId, clock.instant(), fingerprint);
            ManifestEntry committed;
            try {
                committed = manifest.append(entry, this, mover);
            } catch (IOException | RuntimeException e) {
                // Without its manifest entry the moved file is an orphan: take it out now rather than at the
                // next sweep, so that a failed commit leaves the partition directory exactly as it was.
                Files.deleteIfExists(target);
                throw e;
            }
            discard(staged.dir());
            return committed;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot commit partition " + partition, e);
        }
    }

    /** The load a partition currently holds: empty if it was never loaded, or retracted since. */
    public Optional<ManifestEntry> current(String table, String source, int year) {
        return manifest.latest(table, source, year).filter(e -> !e.retracted());
    }

    /** The retraction that emptied a partition, if its newest entry is one. */
    public Optional<ManifestEntry> retraction(String table, String source, int year) {
        return manifest.latest(table, source, year).filter(ManifestEntry::retracted);
    }

    /**
     * The partition's state as one string, different after every commit to it: the sequence number of its newest
     * manifest entry and what that entry did ({@code 42:<sha256>} for a load, {@code 43:retracted}), or empty if it
     * was never loaded. An ingest's job instance is identified by it, so that loading a file again after other loads
     * (A, B, A) is a new instance, never a completed one from before.
     */
    public Optional<String> version(String table, String source, int year) {
        return latest(table, source, year).map(ManifestEntry::state);
    }

    /** The partition's newest manifest entry, a retraction included: one read for what current and version say. */
    public Optional<ManifestEntry> latest(String table, String source, int year) {
        return manifest.latest(table, source, year);
    }

    /**
     * Takes a partition out of the lake: a retraction entry is committed to the manifest (history is kept; the next
     * warehouse built treats the partition as absent). The partition's file stays until that build is swapped in.
     */
    public ManifestEntry retract(String table, String source, int year) {
        ManifestEntry loaded = current(table, source, year).orElseThrow(() -> new IllegalArgumentException(
                Messages.pick("无可撤下：" + table + " 中没有来源 " + source + "、" + year + " 年的导入",
                        "nothing to retract: " + table + " holds no load for source " + source + ", year " + year)));
        try {
            return manifest.append(ManifestEntry.retraction(loaded, clock.instant()), this, mover);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot retract partition " + partitionDir(table, source, year), e);
        }
    }

    /**
     * Checks that every current partition's data file is the one its manifest entry committed (size and CRC32C);
     * throws {@link LakeFileChanged} naming each file that is not.
     */
    public void verifyCurrentFiles() {
        List<String> differences = CommittedFilesCheck.differences(root, currentLoads());
        if (!differences.isEmpty()) {
            throw new LakeFileChanged(differences);
        }
    }

    /**
     * After a read of the lake failed: the current data files DuckDB cannot read, each as a message naming the file
     * and what to do; empty if every file reads (the failure was elsewhere).
     */
    public List<String> unreadableCurrentFiles() {
        return CommittedFilesCheck.unreadable(root, currentLoads());
    }

    /**
     * Rewrites the current data files written before the lake was Hive-clean (source and year inside the file too)
     * in the present format, one atomic commit per partition ({@link LegacyLakeFiles}); returns the entries committed,
     * empty if there was none. Idempotent. Call it under the run lock; the superseded files go with the next
     * build's swap ({@link #removeSuperseded}).
     */
    public List<ManifestEntry> upgradeFormat() {
        return LegacyLakeFiles.upgrade(this, currentLoads());
    }

    /** The current data files, lake-relative, still in the format before the lake was Hive-clean. */
    public List<String> legacyFiles() {
        return currentLoads().stream().filter(e -> LegacyLakeFiles.legacy(root.resolve(e.dataFile())))
                .map(ManifestEntry::dataFile).toList();
    }

    /** The current entries that hold a file (retractions left out). */
    private List<ManifestEntry> currentLoads() {
        return manifest.currentEntries().stream().filter(e -> !e.retracted()).toList();
    }

    public List<ManifestEntry> manifest() {
        return manifest.entries();
    }

    /**
     * Removes what a crashed writer left behind: staged files, and partition files no manifest entry points to.
     * A superseded file, which an entry committed, is not debris: the warehouse in place may still read it. Call it
     * only while holding the run lock ({@code schedule.RunLock}): another process's staged file is not debris.
     */
    public void sweep() {
        discard(root.resolve(STAGING));
        List<Path> committed = manifest.entries().stream().filter(e -> !e.retracted())
                .map(e -> root.resolve(e.dataFile())).toList();
        deletePartitionFiles(f -> !committed.contains(f));
    }

    /**
     * The files a warehouse build is to read, as they are now: the current data file of every partition and every
     * manifest entry's file. Call it under the run lock, so that no commit comes between the two lists.
     */
    public LakeFiles pin() {
        List<ManifestEntry> current = currentLoads();
        return new LakeFiles(dataFiles(DataValue.TABLE, current), dataFiles(Assessment.TABLE, current),
                withSchema(ManifestEntry.TABLE, manifest.files()));
    }

    private List<Path> dataFiles(LakeTable<?> table, List<ManifestEntry> current) {
        List<Path> files = current.stream().filter(e -> e.table().equals(table.name()))
                .map(e -> root.resolve(e.dataFile())).toList();
        // DuckDB refuses an empty list of files: a table without data reads its empty schema file alone.
        return files.isEmpty() ? List.of(Path.of(schemaPath(table))) : files;
    }

    private List<Path> withSchema(LakeTable<?> table, List<Path> files) {
        return Stream.concat(files.stream(), Stream.of(Path.of(schemaPath(table)))).toList();
    }

    /**
     * After a warehouse built from {@code swappedIn} has replaced the old one: deletes the partition files it does
     * not name (superseded by a later load, or retracted), which only the old warehouse read. A file that is current
     * now is kept even if the pin lacks it. Call it under the run lock.
     */
    public void removeSuperseded(LakeFiles swappedIn) {
        List<Path> current = currentLoads().stream().map(e -> root.resolve(e.dataFile())).toList();
        deletePartitionFiles(f -> !swappedIn.names(f) && !current.contains(f));
    }

    /**
     * An empty file with the table's current schema, to read together with the table's files
     * ({@code union_by_name}): DuckDB gives NULL for a column some files lack, but refuses a column no file has, as
     * in a lake whose every manifest entry was committed before that column existed. Named after the schema, so
     * that a schema change gets a new one.
     */
    public String schemaPath(LakeTable<?> table) {
        String schemaId = HexFormat.of().toHexDigits(table.schema().toString().hashCode());
        // A partitioned table is read with hive_partitioning, and DuckDB refuses a list of files whose paths differ
        // in their partition keys: its empty file sits under a partition-shaped path too (its zero rows name none).
        String name = table.partitioned()
                ? table.name() + "-" + schemaId + "/source=_schema/year=0/empty.parquet"
                : table.name() + "-" + schemaId + ".parquet";
        Path empty = root.resolve("_schema").resolve(name);
        if (Files.exists(empty)) {
            return empty.toString();
        }
        if (readOnly()) {
            // A read-only home (a mounted copy) gets no new file: one in the temporary directory serves as well.
            empty = Path.of(System.getProperty("java.io.tmpdir"), "lianggang-schema", name);
            if (Files.exists(empty)) {
                return empty.toString();
            }
        }
        writeEmpty(table, empty);
        return empty.toString();
    }

    private boolean readOnly() {
        Path existing = root;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        return existing != null && !Files.isWritable(existing);
    }

    private <T> void writeEmpty(LakeTable<T> table, Path file) {
        try {
            Files.createDirectories(file.getParent());
            Path stagingDir = file.startsWith(root) ? stagingDir()
                    : Files.createTempDirectory(file.getParent(), ".staging-");
            Path staged = stagingDir.resolve(file.getFileName());
            ParquetFiles.open(staged, table).close();
            Files.createDirectories(file.getParent());
            Files.move(staged, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            discard(staged.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    Path partitionDir(String table, String source, int year) {
        return root.resolve(table).resolve("source=" + source).resolve("year=" + year);
    }

    Path stagingDir() throws IOException {
        return Files.createDirectories(root.resolve(STAGING).resolve(UUID.randomUUID().toString()));
    }

    static String partFileName(String sha256) {
        return "part-" + sha256.substring(0, 16) + ".parquet";
    }

    /** A file rewritten by {@link #upgradeFormat}: never the name of the one it replaces, still read until a swap. */
    static String upgradedFileName(String sha256) {
        return "part-" + sha256.substring(0, 16) + "-hive.parquet";
    }

    void discard(Path dir) {
        LakeFileDeletion.discard(dir);
    }

    private void deletePartitionFiles(Predicate<Path> unwanted) {
        LakeFileDeletion.partitionFiles(root, List.of(DataValue.TABLE, Assessment.TABLE), unwanted);
    }
}
