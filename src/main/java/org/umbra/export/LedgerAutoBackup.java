package org.umbra.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.umbra.ledger.LedgerEvent;
import org.umbra.store.AtomicFiles;

/**
 * A daily copy of the ledger's whole history ({@link LedgerBackup}) in a {@code backups} folder beside the
 * database, the newest {@code keep} kept: a file the user deleted by mistake, or a database lost to a disk, still
 * leaves yesterday's ledger. Written whole or not at all ({@link AtomicFiles}): a full disk never leaves half a backup
 * or replaces a good one.
 */
public final class LedgerAutoBackup {
    private static final String PREFIX = "ledger-";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final String BEFORE = "before-v";
    private static final java.util.regex.Pattern BEFORE_NAME = java.util.regex.Pattern.compile(PREFIX + BEFORE + "\\d+-(\\d{8}T\\d{6}Z)\\.json");
    public static final Duration EVERY = Duration.ofDays(1);

    private final Path dir;
    private final Clock clock;
    private final int keep;

    public LedgerAutoBackup(Path dir, Clock clock, int keep) {
        this.dir = dir;
        this.clock = clock;
        this.keep = keep;
    }

    /** The folder beside a database file. */
    public static Path folderFor(Path databaseFile) {
        Path parent = databaseFile.toAbsolutePath().getParent();
        return parent.resolve("backups");
    }

    public Path folder() {
        return dir;
    }

    /** Backups, newest first. */
    public List<Path> backups() {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> takenAt(p).isPresent()).sorted(Comparator.comparing((Path p) -> takenAt(p).get()).reversed()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a backup when there is a ledger and the newest backup is a day old (or there is none); drops the oldest beyond {@code keep}. */
    public Optional<Path> backupIfDue(List<LedgerEvent> history) throws IOException {
        if (history.isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Optional<Instant> newest = backups().stream().findFirst().flatMap(LedgerAutoBackup::takenAt);
        if (newest.isPresent() && newest.get().plus(EVERY).isAfter(now)) {
            return Optional.empty();
        }
        Path file = dir.resolve(PREFIX + STAMP.format(now) + ".json");
        AtomicFiles.writeText(file, w -> w.write(LedgerBackup.write(history, now)));
        List<Path> all = backups();
        for (Path old : all.subList(Math.min(keep, all.size()), all.size())) {
            Files.deleteIfExists(old);
        }
        return Optional.of(file);
    }

    /**
     * The backup taken before the database is migrated to {@code toVersion}: {@code ledger-before-v5-<UTC>.json}, beside the
     * daily ones (so Restore finds it) but never rotated away. Whole or not at all.
     */
    public static Path writeBeforeMigration(Path dir, List<LedgerEvent> history, int toVersion, Instant now) throws IOException {
        Path file = beforeMigrationFile(dir, toVersion, now);
        AtomicFiles.writeText(file, w -> w.write(LedgerBackup.write(history, now)));
        return file;
    }

    public static Path beforeMigrationFile(Path dir, int toVersion, Instant now) {
        return dir.resolve(PREFIX + BEFORE + toVersion + "-" + STAMP.format(now) + ".json");
    }

    /** The newest backup of either kind (daily, before a migration), to restore from when the database is lost. */
    public static Optional<Path> newest(Path dir) {
        if (!Files.isDirectory(dir)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> anyTakenAt(p).isPresent()).max(Comparator.comparing((Path p) -> anyTakenAt(p).get()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<Instant> anyTakenAt(Path file) {
        Optional<Instant> daily = takenAt(file);
        if (daily.isPresent()) {
            return daily;
        }
        String name = file.getFileName().toString();
        java.util.regex.Matcher m = BEFORE_NAME.matcher(name);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.from(STAMP.parse(m.group(1))));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** When a daily backup was taken, from its name; empty for any other file. */
    public static Optional<Instant> takenAt(Path file) {
        String name = file.getFileName().toString();
        if (!name.startsWith(PREFIX) || !name.endsWith(".json")) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.from(STAMP.parse(name.substring(PREFIX.length(), name.length() - ".json".length()))));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
