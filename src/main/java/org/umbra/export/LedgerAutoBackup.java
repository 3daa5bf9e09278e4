package org.umbra.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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
import org.umbra.store.PrivateFiles;

/**
 * A daily copy of the ledger's whole history ({@link LedgerBackup}) in a {@code backups} folder beside the
 * database, the newest {@code keep} kept: a file the user deleted by mistake, or a database lost to a disk, still
 * leaves yesterday's ledger. Written privately beside its final name and moved into place.
 */
public final class LedgerAutoBackup {
    private static final String PREFIX = "ledger-";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
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
        PrivateFiles.createDirectories(dir);
        Path file = dir.resolve(PREFIX + STAMP.format(now) + ".json");
        Path tmp = dir.resolve(file.getFileName() + ".tmp");
        Files.deleteIfExists(tmp);
        PrivateFiles.createFile(tmp);
        Files.writeString(tmp, LedgerBackup.write(history, now), StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        List<Path> all = backups();
        for (Path old : all.subList(Math.min(keep, all.size()), all.size())) {
            Files.deleteIfExists(old);
        }
        return Optional.of(file);
    }

    /** When a backup was taken, from its name; empty for any other file. */
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
