package org.umbra.store;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * A database SQLite reported damaged, moved aside (never deleted, never over another file) so a new one can start:
 * {@code umbra.db} becomes {@code umbra.db.damaged-20261122-093000}, its {@code -wal} and {@code -shm} alongside with
 * the same name and suffix, so the copy still opens as it was (for a recovery tool, or a support request).
 *
 * @param file    where it was
 * @param movedTo where it is now
 * @param damage  what SQLite (or the size check) said
 */
public record DamagedDatabase(Path file, Path movedTo, String damage) {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);
    private static final String[] COMPANIONS = {"-wal", "-shm"};

    static DamagedDatabase moveAside(Path file, String damage, Instant now) {
        String base = file.getFileName() + ".damaged-" + STAMP.format(now);
        for (int n = 1; ; n++) {
            Path aside = file.resolveSibling(n == 1 ? base : base + "-" + n);
            if (Files.exists(aside) || Files.exists(companion(aside, "-wal")) || Files.exists(companion(aside, "-shm"))) {
                continue;
            }
            try {
                Files.move(file, aside); // No REPLACE_EXISTING: a file that appeared meanwhile is never overwritten.
                for (String suffix : COMPANIONS) {
                    if (Files.exists(companion(file, suffix))) {
                        Files.move(companion(file, suffix), companion(aside, suffix));
                    }
                }
                return new DamagedDatabase(file, aside, damage);
            } catch (FileAlreadyExistsException taken) {
                // Another file took the name between the check and the move: try the next.
            } catch (IOException e) {
                throw new DatabaseException("The database " + file + " is damaged (" + damage + ") and could not be moved aside ("
                        + e.getMessage() + "). Move it (and any " + file.getFileName() + "-wal) aside yourself, or start with another"
                        + " file using --db PATH.", e);
            }
        }
    }

    private static Path companion(Path file, String suffix) {
        return file.resolveSibling(file.getFileName() + suffix);
    }
}
